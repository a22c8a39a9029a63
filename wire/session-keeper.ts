// Keeps the run's session alive for one thread's API (the runner's, and the checks' worker's). A NAS ends sessions
// after a while and says so in its own way: HTTP 401 or 403, or Container Station's error envelope with code 401/403
// on any status (it answers HTTP 200 whatever happened). The keeper then logs in again — one login per expiry, shared
// by every call that met it (a generation counter: a request sent before the latest renewal is simply sent again) —
// and resends each refused request once. It ends the run (exit 2, one line) when the session cannot be kept: a new
// login refused, no failed-login budget left to risk one, or a session that ends again at once after a login that
// worked. A genuine 401/403 of an operation stays that operation's answer: a cheap probe tells the two apart.
import type { Answer } from './transport.ts';
import type { Api, CallRecorder, SessionWatch } from './api.ts';
import { asEnvelope, parseDockerPyMessage } from '../contract/docker-py.ts';
import { CannotRunError } from '../core/errors.ts';
import { attemptLogin, countsAsFailedLogin, loginEncoding, type Credentials, type LoginEncoding } from './login.ts';
import type { LoginBudget } from './login-budget.ts';

/** The session is gone and cannot be renewed: the run stops with this one line. */
export class SessionLostError extends CannotRunError {
  constructor(message: string, hint: string) {
    super(message, hint);
    this.name = 'SessionLostError';
  }
}

/**
 * How the answer says the session ended ("HTTP 401", "HTTP 200, error.code 401"), or undefined when it does not.
 * An engine error in the envelope (a docker-py message, e.g. a firmware passing the engine's 403 "endpoint … already
 * exists" through as error.code) is the operation's answer, never an ended session.
 */
export function sessionEnded(answer: { status: number; text: string }): string | undefined {
  const { status } = answer;
  let envelope;
  // Parsed only when it may hold the envelope: most answers are lists and objects of networks.
  if (answer.text.includes('"error"')) {
    try {
      envelope = asEnvelope(JSON.parse(answer.text));
    } catch {
      // Not JSON: the status alone speaks.
    }
  }
  if (envelope && parseDockerPyMessage(envelope.message).engineStatus !== undefined) return undefined;
  if (status === 401 || status === 403) return `HTTP ${status}`;
  if (envelope && (envelope.code === 401 || envelope.code === 403)) return `HTTP ${status}, error.code ${envelope.code}`;
  return undefined;
}

/** A login_refresh answer naming no logged-in user (as some firmware answers a session it no longer knows). */
function anonymous(body: string | undefined): string | undefined {
  try {
    return (JSON.parse(body ?? '') as { anonymous?: unknown })?.anonymous === true ? 'an anonymous user' : undefined;
  } catch {
    return undefined;
  }
}

export interface SessionKeeperOptions {
  credentials: Credentials;
  /** The encoding the run's login found accepted (wire/login.ts). */
  encoding: LoginEncoding;
  budget: LoginBudget;
  /** Whose renewals these are, for the budget's record: "the runner", "the checks". */
  who: string;
  /** Told once when the session is lost: the run must stop with this error. */
  onLost: (error: SessionLostError) => void;
  /** Told of each renewal when the call that met the expiry has no recorder of its own. */
  onNotice?: (message: string) => void;
  /**
   * How long a renewal waits for logins of checks under way to free room in the budget (--timeout: each is one
   * request, answered or failed within it). Bounded, so that a budget held by a login that never settles cannot hold
   * up every call waiting for the renewal.
   */
  budgetWaitMs: number;
}

const HINT_PASSWORD = 'check --username and the password (was it changed during the run?)';

export class SessionKeeper implements SessionWatch {
  readonly #api: Api;
  readonly #options: SessionKeeperOptions;
  #generation = 0;
  #renewals = 0;
  /** The renewal in flight: every call that meets the same expiry waits for it. */
  #renewal?: Promise<void>;
  #lost?: SessionLostError;

  constructor(api: Api, options: SessionKeeperOptions) {
    this.#api = api;
    this.#options = options;
  }

  get generation(): number {
    return this.#generation;
  }

  /** How often the session was renewed. */
  get renewals(): number {
    return this.#renewals;
  }

  get lost(): SessionLostError | undefined {
    return this.#lost;
  }

  /** The other thread lost the session: renewing here would only repeat the refused login. */
  adoptLoss(error: SessionLostError): void {
    this.#lost ??= error;
  }

  async settle(answer: Answer, sentIn: number, resend: () => Promise<Answer>, recorder?: CallRecorder): Promise<Answer> {
    const ended = sessionEnded(answer);
    if (!ended) return answer;
    await this.#renewedSince(sentIn, ended, recorder);
    const again = await resend();
    const endedAgain = sessionEnded(again);
    if (!endedAgain) return again;
    // Refused again, although the new login worked: the operation's own answer, or a session that ends at once?
    const probe = await this.#api.call('loginRefresh', { renew: false, allowPlainJsonError: true, recorder }).then(
      (r) => r.exchange,
      (err: { exchange?: Answer['exchange'] }) => err.exchange,
    );
    const response = probe?.response;
    const probeEnded = response ? (sessionEnded({ status: response.status, text: response.body ?? '' }) ?? anonymous(response.body)) : undefined;
    if (!probeEnded) return again;
    throw this.#lose(
      `the session ended again right after a new login that worked (${endedAgain}, then ${probeEnded} to GET /login_refresh): the target does not keep the sessions it opens`,
      'check the NAS session settings, and that no other client logs this user out',
    );
  }

  async #renewedSince(sentIn: number, ended: string, recorder?: CallRecorder): Promise<void> {
    if (this.#lost) throw this.#lost;
    if (this.#generation > sentIn) return;
    this.#renewal ??= this.#renew(ended, recorder).finally(() => (this.#renewal = undefined));
    await this.#renewal;
  }

  async #renew(ended: string, recorder?: CallRecorder): Promise<void> {
    const { budget, credentials, encoding, who } = this.#options;
    const ticket = await budget.acquire('login', this.#options.budgetWaitMs);
    if (!ticket) {
      throw this.#lose(
        `the session ended (${ended}) and the failed-login budget is spent (${budget.describe()}): a new login, if refused, could lock this address out`,
        'raise --max-failed-logins, or pass --no-wrong-password, and run again',
      );
    }
    let outcome;
    try {
      outcome = await attemptLogin(this.#api, encoding, credentials, recorder);
    } catch (err) {
      // No answer is not a refusal: the calls waiting fail as the target's fault, and the next expiry tries again.
      ticket.settle(false, '');
      throw err;
    }
    const { attempt } = outcome;
    ticket.settle(countsAsFailedLogin(attempt), `${who}'s renewal of the session in ${loginEncoding(encoding).label}: ${attempt.why}`);
    if (!attempt.accepted) throw this.#lose(`the session ended (${ended}) and a new login was refused: ${attempt.why}`, HINT_PASSWORD);
    this.#generation++;
    this.#renewals++;
    const notice = `the session had ended (${ended}); logged in again`;
    if (recorder?.notice) recorder.notice(notice);
    else this.#options.onNotice?.(notice);
  }

  #lose(message: string, hint: string): SessionLostError {
    if (!this.#lost) {
      this.#lost = new SessionLostError(message, hint);
      this.#options.onLost(this.#lost);
    }
    return this.#lost;
  }
}
