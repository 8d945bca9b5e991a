package vn.edoc.text;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

/**
 * Windows code page 1258 (Microsoft's Vietnamese code page), read and written through the JDK's
 * {@code windows-1258} charset.
 *
 * <p>The code page holds ă â ê ô ơ ư đ and their capitals, the Latin-1 letters with grave and acute
 * (à á è é ì í ò ó ù ú and capitals), and the five combining tone marks: 0xCC grave (huyền), 0xEC acute (sắc),
 * 0xD2 hook above (hỏi), 0xDE tilde (ngã), 0xF2 dot below (nặng). Every other toned letter is its base letter
 * followed by a combining mark, so decoded text is composed to NFC. Encoding writes a letter precomposed when
 * the code page has it, and base letter plus tone mark otherwise (the shortest form); decoding accepts every form,
 * including a toneless letter followed by its tone mark where a precomposed byte exists.
 */
final class Windows1258Codec implements LegacyCodec {

    private static final Charset CHARSET = Charset.forName("windows-1258");

    @Override
    public TextEncoding encoding() {
        return TextEncoding.WINDOWS_1258;
    }

    @Override
    public String decode(byte[] bytes) {
        return decode(bytes, true);
    }

    /** Decodes; with {@code strict} false, undefined bytes become U+FFFD instead of a refusal. */
    String decode(byte[] bytes, boolean strict) {
        Objects.requireNonNull(bytes, "bytes");
        if (!strict) {
            return VietnameseText.toNfc(new String(bytes, CHARSET));
        }
        CharsetDecoder decoder = CHARSET.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw Codecs.undecodable(in.position(), bytes[in.position()], TextEncoding.WINDOWS_1258);
        }
        decoder.flush(out);
        out.flip();
        return VietnameseText.toNfc(out.toString());
    }

    @Override
    public byte[] encode(String nfcText) {
        String text = VietnameseText.toNfc(Objects.requireNonNull(nfcText, "nfcText"));
        CharsetEncoder encoder = CHARSET.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + text.length() / 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.write(c);
                continue;
            }
            VietnameseLetters.Decomposed d = VietnameseLetters.decompose(c);
            if (d != null && !encoder.canEncode(c)) {
                // not in the code page as one character: toneless letter plus combining tone mark
                write(encoder, d.base(), out);
                write(encoder, d.tone().mark(), out);
                continue;
            }
            if (!encoder.canEncode(c)) {
                throw Codecs.unrepresentable(text, i, TextEncoding.WINDOWS_1258);
            }
            write(encoder, c, out);
        }
        return out.toByteArray();
    }

    private static void write(CharsetEncoder encoder, char c, ByteArrayOutputStream out) {
        try {
            ByteBuffer b = encoder.encode(CharBuffer.wrap(new char[] {c}));
            out.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
        } catch (CharacterCodingException e) {
            // every toneless Vietnamese letter and every tone mark is in the code page
            throw new IllegalStateException("windows-1258 cannot encode U+" + Integer.toHexString(c), e);
        }
    }

    @Override
    public String toString() {
        return "Windows-1258";
    }
}
