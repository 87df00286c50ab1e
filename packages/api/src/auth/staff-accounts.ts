import type { StaffAuth } from "./auth";
import type { StaffRole } from "./roles";

export interface StaffAccount {
  id: string;
  name: string;
  email: string;
  role: string;
  active: boolean;
  createdAt: string;
}

export interface NewStaffAccount {
  name: string;
  email: string;
  role: StaffRole;
  password: string;
}

/** Staff accounts, changed as the signed-in admin: Better Auth checks the session again. */
export interface StaffAccounts {
  list(): Promise<StaffAccount[]>;
  create(account: NewStaffAccount): Promise<StaffAccount>;
  setRole(userId: string, role: StaffRole): Promise<void>;
  setPassword(userId: string, password: string): Promise<void>;
  setActive(userId: string, active: boolean): Promise<void>;
}

interface AuthUser {
  id: string;
  name: string;
  email: string;
  role?: string | null;
  banned?: boolean | null;
  createdAt: Date;
}

function toAccount(user: AuthUser): StaffAccount {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role ?? "",
    active: !user.banned,
    createdAt: user.createdAt.toISOString(),
  };
}

const MAX_ACCOUNTS = 500;

export function staffAccountsFor(auth: StaffAuth, headers: Headers): StaffAccounts {
  return {
    async list() {
      const { users } = await auth.api.listUsers({
        query: { limit: MAX_ACCOUNTS, sortBy: "name", sortDirection: "asc" },
        headers,
      });
      return (users as AuthUser[]).map(toAccount);
    },
    async create(account) {
      const { user } = await auth.api.createUser({
        body: { name: account.name, email: account.email, password: account.password, role: account.role },
        headers,
      });
      return toAccount(user as AuthUser);
    },
    async setRole(userId, role) {
      await auth.api.setRole({ body: { userId, role }, headers });
    },
    async setPassword(userId, password) {
      await auth.api.setUserPassword({ body: { userId, newPassword: password }, headers });
    },
    async setActive(userId, active) {
      if (active) await auth.api.unbanUser({ body: { userId }, headers });
      else await auth.api.banUser({ body: { userId, banReason: "Switched off by an admin" }, headers });
    },
  };
}
