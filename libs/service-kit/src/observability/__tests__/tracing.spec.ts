import { currentTraceparent, injectTraceContext, startSpan, SpanKind, tracingEnabled } from '../tracing';
import { runInRequestContext } from '../request-log-context';

/** With no collector configured, tracing costs nothing: no span, no header. */
describe('tracing when OTEL_EXPORTER_OTLP_ENDPOINT is unset', () => {
  it('makes no span and adds no header', () => {
    expect(tracingEnabled()).toBe(false);
    const span = startSpan(
      'training.trainee.create',
      SpanKind.SERVER,
      () => '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    );
    expect(span).toBeUndefined();
    const headers: Record<string, string> = {};
    runInRequestContext({ startedAt: 0, span }, () => {
      injectTraceContext((key, value) => (headers[key] = value));
      expect(currentTraceparent()).toBeNull();
    });
    expect(headers).toEqual({});
  });
});
