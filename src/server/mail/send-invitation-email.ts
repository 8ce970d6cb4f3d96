import nodemailer from "nodemailer";
import { env } from "@/env";
import { logger } from "@/server/log/logger";

export interface InvitationEmail {
  to: string;
  orgName: string;
  inviterLabel: string;
  role: string;
  link: string;
  expiresAt: Date;
}

/** Emails an invitation when SMTP_URL is configured. Returns whether a message was handed to the SMTP server. */
export async function sendInvitationEmail(mail: InvitationEmail): Promise<boolean> {
  if (!env.SMTP_URL) return false;
  try {
    const transport = nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({
      from: env.EMAIL_FROM,
      to: mail.to,
      subject: `${mail.inviterLabel} invited you to ${mail.orgName} on Junction`,
      text: [
        `${mail.inviterLabel} invited you to join ${mail.orgName} on Junction as ${mail.role}.`,
        "",
        `Accept the invitation: ${mail.link}`,
        "",
        `The link works once and expires on ${mail.expiresAt.toUTCString()}.`,
      ].join("\n"),
    });
    return true;
  } catch (error) {
    logger.warn({ err: error, to: mail.to }, "invitation email could not be sent; share the link by hand");
    return false;
  }
}
