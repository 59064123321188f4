import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useLiveQuery, type Subscribe } from './live-query';

function Probe({ subscribe }: { subscribe: Subscribe<string> | null }) {
  const result = useLiveQuery(['probe'], subscribe);
  return (
    <p>
      {result.status}:{result.status === 'success' ? result.data : ''}
    </p>
  );
}

function renderProbe(subscribe: Subscribe<string> | null) {
  const client = new QueryClient();
  return {
    client,
    ...render(
      <QueryClientProvider client={client}>{<Probe subscribe={subscribe} />}</QueryClientProvider>,
    ),
  };
}

describe('useLiveQuery', () => {
  it('puts every value of the listener in the cache and shows it, then stops on unmount', async () => {
    let push: (value: string) => void = () => undefined;
    const stop = vi.fn();
    const { client, unmount } = renderProbe((onNext) => {
      push = onNext;
      return stop;
    });
    expect(screen.getByText('pending:')).toBeInTheDocument();
    act(() => push('first'));
    // React Query notifies observers on its own scheduler tick.
    expect(await screen.findByText('success:first')).toBeInTheDocument();
    act(() => push('second'));
    expect(await screen.findByText('success:second')).toBeInTheDocument();
    expect(client.getQueryData(['probe'])).toBe('second');
    unmount();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('reports a listener error', () => {
    let fail: (error: unknown) => void = () => undefined;
    renderProbe((_onNext, onError) => {
      fail = onError;
      return () => undefined;
    });
    act(() => fail({ code: 'permission-denied' }));
    expect(screen.getByText('error:')).toBeInTheDocument();
  });

  it('starts nothing without a subscriber', () => {
    renderProbe(null);
    expect(screen.getByText('pending:')).toBeInTheDocument();
  });
});
