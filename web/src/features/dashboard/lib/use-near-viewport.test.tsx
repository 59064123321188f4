import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNearViewport } from './use-near-viewport';

function Probe() {
  const { ref, near } = useNearViewport<HTMLDivElement>();
  return <div ref={ref}>{near ? 'drawn' : 'waiting'}</div>;
}

type Callback = (entries: { isIntersecting: boolean }[]) => void;

/** A stand-in IntersectionObserver the test drives by hand (jsdom has none). */
function installObserver() {
  const callbacks: Callback[] = [];
  class FakeObserver {
    constructor(callback: Callback) {
      callbacks.push(callback);
    }
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return (isIntersecting: boolean) =>
    act(() => callbacks.forEach((cb) => cb([{ isIntersecting }])));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useNearViewport', () => {
  it('waits until the element comes near the viewport', () => {
    const intersect = installObserver();
    render(<Probe />);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    intersect(false);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    intersect(true);
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });

  it('draws everything before printing', () => {
    installObserver();
    render(<Probe />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });

  it('draws at once where IntersectionObserver does not exist', () => {
    render(<Probe />);
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });
});
