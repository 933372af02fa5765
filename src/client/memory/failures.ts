import { TicketClientError } from '../errors';
import type {
  MemoryCall,
  MemoryFailureRule,
  MemoryFailures,
  MemoryFailureSpec,
  MemoryMethodName,
} from './types';

/** An error to inject into one call, and whether the call takes effect before it fails. */
export interface InjectedFailure {
  error: TicketClientError;
  phase: 'request' | 'response';
}

/** Picks the injected failure, if any, for each call that reaches the memory backend. */
export interface FailureInjector {
  /** Replaces the rules and restarts the counts of calls and of `times`. */
  setFailures(failures: MemoryFailures | undefined): void;
  /** Counts the call and returns the failure of the first rule that applies to it. */
  nextFailure(method: MemoryMethodName, args: readonly unknown[]): InjectedFailure | undefined;
}

interface ActiveRule {
  rule: MemoryFailureRule;
  /** Calls left to fail for a spec with `times`; Infinity otherwise. */
  remaining: number;
}

function isFailureSpec(rule: MemoryFailureRule): rule is MemoryFailureSpec {
  return typeof rule === 'object' && !(rule instanceof TicketClientError) && 'error' in rule;
}

function toError(error: TicketClientError | string, method: MemoryMethodName): TicketClientError {
  if (error instanceof TicketClientError) {
    return error;
  }

  const code = error as TicketClientError['code'];

  return new TicketClientError(code, {
    message: `Injected failure of ${method}: ${code}`,
    retryAfterMs: code === 'rate-limited' ? 1000 : undefined,
  });
}

/** Creates a `FailureInjector` that starts with the given rules. */
export function createFailureInjector(initial: MemoryFailures | undefined): FailureInjector {
  let rulesByMethod = new Map<MemoryMethodName, ActiveRule[]>();
  let attempts = new Map<MemoryMethodName, number>();

  function setFailures(failures: MemoryFailures | undefined): void {
    rulesByMethod = new Map();
    attempts = new Map();

    for (const [method, value] of Object.entries(failures ?? {})) {
      const rules: readonly MemoryFailureRule[] = Array.isArray(value) ? value : [value];
      const active = rules.map((rule) => ({
        rule,
        remaining: isFailureSpec(rule) && rule.times !== undefined ? rule.times : Infinity,
      }));

      rulesByMethod.set(method as MemoryMethodName, active);
    }
  }

  function nextFailure(
    method: MemoryMethodName,
    args: readonly unknown[],
  ): InjectedFailure | undefined {
    const attempt = (attempts.get(method) ?? 0) + 1;
    attempts.set(method, attempt);

    for (const active of rulesByMethod.get(method) ?? []) {
      const { rule } = active;

      if (typeof rule === 'function') {
        const call: MemoryCall = { method, args, attempt };
        const error = rule(call);

        if (error !== undefined) {
          return { error, phase: 'request' };
        }

        continue;
      }

      if (active.remaining <= 0) {
        continue;
      }

      active.remaining -= 1;

      if (isFailureSpec(rule)) {
        return { error: toError(rule.error, method), phase: rule.phase ?? 'request' };
      }

      return { error: toError(rule, method), phase: 'request' };
    }

    return undefined;
  }

  setFailures(initial);

  return { setFailures, nextFailure };
}
