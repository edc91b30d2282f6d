import { describe, expect, it } from 'vitest';
import { isAllowedWebhookUrl, isPrivateAddress, isPrivateWebhookHost } from './webhook-url.js';

describe('webhook URLs', () => {
  it.each([
    'http://localhost:8080/hook',
    'http://127.0.0.1/hook',
    'http://10.1.2.3/hook',
    'http://172.20.0.1/hook',
    'http://192.168.1.10/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://100.64.0.1/hook',
    'http://[::1]/hook',
    'http://[fd12:3456::1]/hook',
    'http://[fe80::1]/hook',
    'http://[::ffff:10.0.0.1]/hook',
    'http://his.internal/hook',
  ])('refuses %s, an address on this machine or a private network', (url) => {
    expect(isPrivateWebhookHost(new URL(url))).toBe(true);
  });

  it.each([
    'https://his.example-hospital.cn/yilian/webhook',
    'https://203.0.113.7/hook',
    'https://[2001:db8::1]/hook',
    'https://172.32.0.1/hook',
  ])('accepts %s', (url) => {
    expect(isPrivateWebhookHost(new URL(url))).toBe(false);
  });

  it('accepts only http and https, whatever the deployment allows', () => {
    expect(isAllowedWebhookUrl('ftp://his.example-hospital.cn/hook', true)).toBe(false);
    expect(isAllowedWebhookUrl('not a url', true)).toBe(false);
    expect(isAllowedWebhookUrl('https://his.example-hospital.cn/hook', false)).toBe(true);
  });

  it('accepts a private address only where the deployment allows it', () => {
    expect(isAllowedWebhookUrl('http://127.0.0.1:8080/hook', false)).toBe(false);
    expect(isAllowedWebhookUrl('http://127.0.0.1:8080/hook', true)).toBe(true);
  });

  it.each([
    'http://2130706433/hook',
    'http://0x7f.1/hook',
    'http://017700000001/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://[::127.0.0.1]/hook',
    'http://[64:ff9b::a9fe:a9fe]/hook',
    'http://[fd00::1]/hook',
    'http://0.0.0.0/hook',
    'http://224.0.0.1/hook',
    'http://[ff02::1]/hook',
  ])('refuses %s at registration: the literal shows a private address in another form', (url) => {
    expect(isAllowedWebhookUrl(url, false)).toBe(false);
  });

  it.each(['127.0.0.1', '::1', '::ffff:127.0.0.1', '169.254.169.254', 'fd00::1', 'fe80::1%eth0', '10.0.0.5'])(
    'isPrivateAddress(%s): a resolved address the transport refuses',
    (address) => {
      expect(isPrivateAddress(address)).toBe(true);
    },
  );

  it.each(['203.0.113.7', '2001:db8::1', '8.8.8.8'])('isPrivateAddress(%s) is false', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});
