"use client";

import type { AdminRouter } from "@legible/api";
import { createTRPCContext } from "@trpc/tanstack-react-query";

export const { TRPCProvider, useTRPC } = createTRPCContext<AdminRouter>();
