import { deleteDoc, doc } from 'firebase/firestore';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deletePlan } from './plans';

// Only the write is replaced: what is checked is which document goes, and that nothing is
// written offline (Firestore would queue it and never settle while the user waits).

vi.mock('@/lib/firestore', () => ({ db: { fake: 'db' } }));
vi.mock('firebase/firestore', async (importOriginal) => ({
  ...(await importOriginal<typeof import('firebase/firestore')>()),
  doc: vi.fn((_db: unknown, path: string) => ({ path })),
  deleteDoc: vi.fn(() => Promise.resolve()),
}));

afterEach(() => vi.restoreAllMocks());

describe('deletePlan', () => {
  it("deletes the plan's document", async () => {
    await deletePlan('school-1', 'plan-1');
    expect(doc).toHaveBeenCalledWith({ fake: 'db' }, 'schools/school-1/sessionPlans/plan-1');
    expect(deleteDoc).toHaveBeenCalledWith({ path: 'schools/school-1/sessionPlans/plan-1' });
  });

  it('refuses offline with the code of an unreachable Firestore, writing nothing', async () => {
    vi.mocked(deleteDoc).mockClear();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await expect(deletePlan('school-1', 'plan-1')).rejects.toMatchObject({ code: 'unavailable' });
    expect(deleteDoc).not.toHaveBeenCalled();
  });
});
