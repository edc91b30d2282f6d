import { describe, expect, it } from 'vitest';
import { isAllowedWebhookUrl, isPrivateWebhookHost } from './webhook-url.js';

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
});
