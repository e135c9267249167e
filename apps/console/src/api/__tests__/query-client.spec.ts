import { clearCacheOnUserChange, createQueryClient } from '../query-client';
import { setSessionState } from '../session-store';
import { ADMIN, SNV_EDITOR } from '../../test/users';

const signedIn = (user: typeof ADMIN) =>
  setSessionState({ status: 'signed-in', accessToken: 'token', expiresAt: Date.now() + 60_000, user });

describe(clearCacheOnUserChange.name, () => {
  it("empties the cache when the user signs out or another signs in, so no one sees another's records", () => {
    signedIn(SNV_EDITOR);
    const queryClient = createQueryClient();
    const stop = clearCacheOnUserChange(queryClient);
    const cached = () => queryClient.getQueryData(['training', 'courses']);

    queryClient.setQueryData(['training', 'courses'], ['a course of Home Affairs']);
    signedIn(SNV_EDITOR);
    expect(cached()).toBeDefined();

    setSessionState({ status: 'signed-out', reason: 'signed-out' });
    expect(cached()).toBeUndefined();

    queryClient.setQueryData(['training', 'courses'], ['left over']);
    signedIn(ADMIN);
    expect(cached()).toBeDefined();
    signedIn(SNV_EDITOR);
    expect(cached()).toBeUndefined();
    stop();
  });
});
