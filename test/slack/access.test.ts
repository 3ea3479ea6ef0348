import { checkAccess } from '../../src/slack/access';

const open = { allowedUsers: [], allowedChannels: [] };

describe('checkAccess', () => {
  it('lets everyone in when both lists are empty', () => {
    expect(checkAccess({ userId: 'U1', channelId: 'C1' }, open)).toEqual({ allowed: true });
    expect(checkAccess({ userId: 'U1', channelId: null }, open)).toEqual({ allowed: true });
  });

  it('checks users', () => {
    const settings = { allowedUsers: ['U1'], allowedChannels: [] };
    expect(checkAccess({ userId: 'U1', channelId: 'C9' }, settings).allowed).toBe(true);
    expect(checkAccess({ userId: 'U2', channelId: 'C9' }, settings)).toEqual({ allowed: false, reason: 'user' });
  });

  it('checks channels by id or name (with or without #, any case)', () => {
    const settings = { allowedUsers: [], allowedChannels: ['C1', '#Incidents'] };
    expect(checkAccess({ userId: 'U1', channelId: 'C1' }, settings).allowed).toBe(true);
    expect(checkAccess({ userId: 'U1', channelId: 'C2', channelName: 'incidents' }, settings).allowed).toBe(true);
    expect(checkAccess({ userId: 'U1', channelId: 'C2', channelName: 'random' }, settings)).toEqual({ allowed: false, reason: 'channel' });
    expect(checkAccess({ userId: 'U1', channelId: null }, settings)).toEqual({ allowed: false, reason: 'channel' });
  });

  it('refuses DMs when channels are restricted, unless the DM is listed', () => {
    expect(checkAccess({ userId: 'U1', channelId: 'D1', channelName: 'directmessage' }, { allowedUsers: [], allowedChannels: ['directmessage'] }).allowed).toBe(false);
    expect(checkAccess({ userId: 'U1', channelId: 'D1' }, { allowedUsers: [], allowedChannels: ['D1'] }).allowed).toBe(true);
  });

  it('checks the user before the channel', () => {
    expect(checkAccess({ userId: 'U2', channelId: 'C2' }, { allowedUsers: ['U1'], allowedChannels: ['C1'] })).toEqual({ allowed: false, reason: 'user' });
  });
});
