-- CreateIndex
CREATE INDEX "Source_title_idx" ON "Source"("title");

-- CreateIndex
CREATE INDEX "Source_date_idx" ON "Source"("date");

-- CreateIndex
CREATE INDEX "Source_kind_idx" ON "Source"("kind");

-- CreateIndex
CREATE INDEX "Source_updatedAt_idx" ON "Source"("updatedAt");

-- CreateIndex
CREATE INDEX "Source_createdAt_idx" ON "Source"("createdAt");

-- CreateIndex
CREATE INDEX "Person_familyName_idx" ON "Person"("familyName");

-- CreateIndex
CREATE INDEX "Person_updatedAt_idx" ON "Person"("updatedAt");

-- CreateIndex
CREATE INDEX "Person_createdAt_idx" ON "Person"("createdAt");

-- CreateIndex
CREATE INDEX "Membership_startDate_idx" ON "Membership"("startDate");

-- CreateIndex
CREATE INDEX "Membership_updatedAt_idx" ON "Membership"("updatedAt");

-- CreateIndex
CREATE INDEX "Membership_createdAt_idx" ON "Membership"("createdAt");

-- CreateIndex
CREATE INDEX "Measure_title_idx" ON "Measure"("title");

-- CreateIndex
CREATE INDEX "Measure_identifier_idx" ON "Measure"("identifier");

-- CreateIndex
CREATE INDEX "Measure_classification_idx" ON "Measure"("classification");

-- CreateIndex
CREATE INDEX "Measure_createdAt_idx" ON "Measure"("createdAt");

-- CreateIndex
CREATE INDEX "Action_dateStart_idx" ON "Action"("dateStart");

-- CreateIndex
CREATE INDEX "Action_actorBodyId_idx" ON "Action"("actorBodyId");

-- CreateIndex
CREATE INDEX "Action_updatedAt_idx" ON "Action"("updatedAt");

-- CreateIndex
CREATE INDEX "Action_createdAt_idx" ON "Action"("createdAt");

-- CreateIndex
CREATE INDEX "VoteEvent_result_idx" ON "VoteEvent"("result");

-- CreateIndex
CREATE INDEX "VoteEvent_updatedAt_idx" ON "VoteEvent"("updatedAt");

-- CreateIndex
CREATE INDEX "VoteEvent_createdAt_idx" ON "VoteEvent"("createdAt");

-- CreateIndex
CREATE INDEX "Statement_sourceId_idx" ON "Statement"("sourceId");

-- CreateIndex
CREATE INDEX "Statement_dateStart_idx" ON "Statement"("dateStart");

-- CreateIndex
CREATE INDEX "Statement_stance_idx" ON "Statement"("stance");

-- CreateIndex
CREATE INDEX "Statement_updatedAt_idx" ON "Statement"("updatedAt");

-- CreateIndex
CREATE INDEX "Statement_createdAt_idx" ON "Statement"("createdAt");

-- CreateIndex
CREATE INDEX "Explainer_locale_idx" ON "Explainer"("locale");

-- CreateIndex
CREATE INDEX "Explainer_headline_idx" ON "Explainer"("headline");

-- CreateIndex
CREATE INDEX "Explainer_updatedAt_idx" ON "Explainer"("updatedAt");

-- CreateIndex
CREATE INDEX "Explainer_createdAt_idx" ON "Explainer"("createdAt");

-- CreateIndex
CREATE INDEX "ExplainerRevision_publishedAt_idx" ON "ExplainerRevision"("publishedAt");

-- CreateIndex
CREATE INDEX "AuditEntry_actorName_at_idx" ON "AuditEntry"("actorName", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_action_at_idx" ON "AuditEntry"("action", "at");
