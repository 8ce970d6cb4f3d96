import { signUp, signUpInput } from "@/server/services/accounts/sign-up";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc";

export const accountRouter = createTRPCRouter({
  signUp: publicProcedure.input(signUpInput).mutation(({ ctx, input }) => signUp({ db: ctx.db, input })),
  me: protectedProcedure.query(({ ctx }) => ctx.user),
});
