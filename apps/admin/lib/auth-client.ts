"use client";

import { createAuthClient } from "better-auth/react";

/** Better Auth's browser client, talking to this app's own /api/auth. */
export const authClient = createAuthClient();
