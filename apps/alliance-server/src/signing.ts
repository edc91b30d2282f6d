/**
 * Who signs a referral: the signing doctor and the institution whose form it is (the sending one).
 * @example const signer: ReferralSignerIdentity = { clinicianId: 'cln_cz_neuro_wang', institutionId: 'ins_cangzhou_central' };
 */
export interface ReferralSignerIdentity {
  clinicianId: string;
  institutionId: string;
}

/** What a signer adds to the digest the server computes: its name, its algorithm, and its value if any. */
export interface ReferralSignerOutput {
  /** Names the signer (`yilian-digest`, or a CA's), stored with the signature and asked again to verify. */
  provider: string;
  /** `SHA-256` for the digest alone; a CA's own (e.g. `SM2-SM3`, `RSA-SHA256`). */
  algorithm: string;
  /** The provider's signature value (base64), when it signs beyond the digest. */
  value?: string;
}

/**
 * Signs the canonical form of a referral at submit, and verifies it later. The server always computes and stores
 * the SHA-256 of the same bytes itself; a signer adds what a hospital's CA (电子认证服务) gives on top. It never sees
 * more than the bytes to sign and the signer, and must not log them (they hold patient data).
 * @example
 * const caSigner: ReferralSigner = {
 *   async sign(bytes, signer) { return { provider: 'hospital-ca', algorithm: 'SM2-SM3', value: await ca.sign(bytes, signer.clinicianId) }; },
 *   async verify(bytes, signer, signature) { return signature.provider === 'hospital-ca' && ca.verify(bytes, signature.value, signer.clinicianId); },
 * };
 * createAllianceApp({ db, config: { tokenSecret, patientKeySecret, referralSigner: caSigner } });
 */
export interface ReferralSigner {
  sign(canonicalBytes: Uint8Array, signer: ReferralSignerIdentity): Promise<ReferralSignerOutput>;
  verify(
    canonicalBytes: Uint8Array,
    signer: ReferralSignerIdentity,
    signature: ReferralSignerOutput,
  ): Promise<boolean>;
}

/** The provider name of `digestOnlySigner`. */
export const DIGEST_PROVIDER = 'yilian-digest';

/**
 * The default signer: the server's SHA-256 digest is the whole signature (integrity and who/when, no PKI). It
 * verifies only signatures it made, so a referral signed by a CA is never passed as valid by the default.
 */
export const digestOnlySigner: ReferralSigner = Object.freeze({
  sign(): Promise<ReferralSignerOutput> {
    return Promise.resolve({ provider: DIGEST_PROVIDER, algorithm: 'SHA-256' });
  },
  verify(_bytes: Uint8Array, _signer: ReferralSignerIdentity, signature: ReferralSignerOutput) {
    return Promise.resolve(
      signature.provider === DIGEST_PROVIDER &&
        signature.algorithm === 'SHA-256' &&
        signature.value === undefined,
    );
  },
});
