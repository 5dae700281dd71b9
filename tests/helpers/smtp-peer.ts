import { createServer, type AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { createSmtpTransport } from "@/lib/mail/worker";

export const TEST_MAIL_FROM = "Expeditie Zorg <expeditie-zorg@example.org>";

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A real SMTP server on a local port; what it receives is parsed with mailparser. It can go down and come back. */
export class SmtpPeer {
  readonly received: ParsedMail[] = [];
  port = 0;
  private server: SMTPServer | null = null;

  async start(): Promise<void> {
    this.port ||= await freePort();
    this.server = new SMTPServer({
      disabledCommands: ["AUTH", "STARTTLS"],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream).then((mail) => {
          this.received.push(mail);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
  }

  stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  /** The mails received for one address. */
  to(address: string): ParsedMail[] {
    return this.received.filter((m) => (m.to as { text: string }).text === address);
  }

  transport() {
    return createSmtpTransport(`smtp://127.0.0.1:${this.port}`);
  }
}
