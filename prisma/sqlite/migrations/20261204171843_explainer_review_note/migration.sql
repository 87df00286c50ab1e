-- AlterTable
ALTER TABLE "Explainer" ADD COLUMN "reviewNote" TEXT;
