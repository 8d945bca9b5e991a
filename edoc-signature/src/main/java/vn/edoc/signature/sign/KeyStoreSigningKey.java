package vn.edoc.signature.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.edoc.validation.EdocRuleException;

/**
 * A {@link SigningKey} held in a JCA key store (khóa trong kho khóa): a PKCS#12 file ({@link #pkcs12}), a PKCS#11
 * token or HSM through the JDK's SunPKCS11 provider ({@link #pkcs11}), or a key and chain already in memory
 * ({@link #of}).
 *
 * <p>PKCS#11: {@code configuration} is a SunPKCS11 configuration file, for example
 * <pre>
 * name = token
 * library = /usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so
 * slot = 0
 * </pre>
 * (a Vietnamese USB token names its vendor's PKCS#11 library instead); the PIN opens the token. The key never leaves
 * the token: signing goes through the provider. A PKCS#11 login holds for the whole process: once a token is logged
 * in, SunPKCS11 opens it again without presenting the PIN, so a wrong PIN is refused only while the token is not
 * logged in by this process.
 */
public final class KeyStoreSigningKey implements SigningKey {

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final Provider provider;

    private KeyStoreSigningKey(PrivateKey key, List<X509Certificate> chain, Provider provider) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.provider = provider;
    }

    /** A key and its chain held in memory (the signer's certificate first). */
    public static KeyStoreSigningKey of(PrivateKey key, List<X509Certificate> chain) {
        Objects.requireNonNull(key, "key");
        if (chain == null || chain.isEmpty()) {
            throw EdocRuleException.of(SigningViolation.CERTIFICATE_NOT_USABLE, "chain", "no certificate given");
        }
        return new KeyStoreSigningKey(key, chain, null);
    }

    /**
     * The key {@code alias} (or the only key entry when {@code alias} is null) of the PKCS#12 file {@code file}
     * protected by {@code password}.
     */
    public static KeyStoreSigningKey pkcs12(Path file, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return fromStore(store, password, alias, null);
        } catch (IOException e) {
            // A wrong password surfaces as an IOException whose cause is an UnrecoverableKeyException.
            throw EdocRuleException.of(SigningViolation.KEY_UNAVAILABLE, "keystore",
                    "cannot open the PKCS#12 file " + file.getFileName() + " (" + e.getMessage() + ")");
        } catch (GeneralSecurityException e) {
            throw EdocRuleException.of(SigningViolation.KEY_UNAVAILABLE, "keystore", e.getMessage());
        }
    }

    /**
     * The key {@code alias} (or the only key entry) of the PKCS#11 token described by the SunPKCS11 configuration
     * file {@code configuration}, opened with {@code pin}.
     */
    public static KeyStoreSigningKey pkcs11(Path configuration, char[] pin, String alias) {
        if (!Files.isRegularFile(configuration)) {
            throw EdocRuleException.of(SigningViolation.KEY_UNAVAILABLE, "pkcs11",
                    "no PKCS#11 configuration file at " + configuration);
        }
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw EdocRuleException.of(SigningViolation.KEY_UNAVAILABLE, "pkcs11",
                    "this Java runtime has no SunPKCS11 provider");
        }
        Provider provider;
        try {
            provider = base.configure(configuration.toString());
        } catch (RuntimeException e) {
            // SunPKCS11 throws InvalidParameterException / ProviderException for a bad file or missing library.
            throw EdocRuleException.of(SigningViolation.KEY_UNAVAILABLE, "pkcs11",
                    "the PKCS#11 configuration is refused: " + e.getMessage());
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw EdocRuleException.of(SigningViolation.KEY_UNAVAILABLE, "pin", wrongPin(e)
                    ? "the token refused the login: wrong PIN (CKR_PIN_INCORRECT)"
                    : "the token refused: " + e.getMessage());
        }
        try {
            return fromStore(store, pin, alias, provider);
        } catch (EdocRuleException e) {
            throw e;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw EdocRuleException.of(SigningViolation.KEY_UNAVAILABLE, "pkcs11",
                    "the token refused: " + e.getMessage());
        }
    }

    /** Whether a failed login was a wrong PIN: SunPKCS11 wraps the token's CKR_PIN_INCORRECT in a login failure. */
    private static boolean wrongPin(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof javax.security.auth.login.FailedLoginException || m.contains("CKR_PIN_INCORRECT")
                    || m.contains("CKR_PIN_LEN_RANGE")) {
                return true;
            }
        }
        return false;
    }

    private static KeyStoreSigningKey fromStore(KeyStore store, char[] password, String alias, Provider provider)
            throws GeneralSecurityException {
        String chosen = alias;
        if (chosen == null) {
            List<String> keys = new ArrayList<>();
            for (String a : Collections.list(store.aliases())) {
                if (store.isKeyEntry(a)) {
                    keys.add(a);
                }
            }
            if (keys.size() != 1) {
                throw EdocRuleException.of(SigningViolation.KEY_UNAVAILABLE, "alias",
                        keys.isEmpty() ? "the key store holds no private key"
                                : "the key store holds several keys " + keys + ": name one with its alias");
            }
            chosen = keys.get(0);
        }
        if (!store.isKeyEntry(chosen)) {
            throw EdocRuleException.of(SigningViolation.KEY_UNAVAILABLE, "alias", "no private key under " + chosen);
        }
        Key key = store.getKey(chosen, password);
        if (!(key instanceof PrivateKey privateKey)) {
            throw EdocRuleException.of(SigningViolation.KEY_UNAVAILABLE, "alias", "no private key under " + chosen);
        }
        Certificate[] certificates = store.getCertificateChain(chosen);
        if (certificates == null || certificates.length == 0) {
            throw EdocRuleException.of(SigningViolation.CERTIFICATE_NOT_USABLE, "alias",
                    "no certificate chain under " + chosen);
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate c : certificates) {
            chain.add((X509Certificate) c);
        }
        return new KeyStoreSigningKey(privateKey, chain, provider);
    }

    @Override
    public List<X509Certificate> chain() {
        return chain;
    }

    @Override
    public byte[] sign(byte[] data, DigestAlgorithm digest) {
        String algorithm = digest.signatureAlgorithm(chain.get(0).getPublicKey().getAlgorithm());
        try {
            Signature signature = provider == null ? Signature.getInstance(algorithm)
                    : Signature.getInstance(algorithm, provider);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw EdocRuleException.of(SigningViolation.KEY_UNAVAILABLE, "key",
                    algorithm + " refused: " + e.getMessage());
        }
    }
}
