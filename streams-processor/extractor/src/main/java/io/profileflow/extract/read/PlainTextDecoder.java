package io.profileflow.extract.read;

import io.profileflow.extract.UnreadableDocumentException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text documents as strict UTF-8 (a BOM is skipped) and refuses binary garbage: NUL bytes, or more than
 * 10% control or replacement characters.
 */
final class PlainTextDecoder {
    private static final double MAX_CONTROL_SHARE = 0.10;

    /**
     * Refuses binary garbage in a markup document whose charset Tika works out (so no UTF-8 check here): NUL bytes
     * outside UTF-16, or more than 10% C0 control bytes other than tab, line feed, form feed and carriage return.
     */
    void requireNotBinary(byte[] bytes, String what) throws UnreadableDocumentException {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
        if (utf16) return;
        int control = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new UnreadableDocumentException(what + " contains a NUL byte at offset " + i
                        + ": binary data, not text");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                control++;
            }
        }
        if (bytes.length > 0 && control > bytes.length * MAX_CONTROL_SHARE) {
            throw new UnreadableDocumentException(what + " looks like binary data: " + control + " of " + bytes.length
                    + " bytes are control characters");
        }
    }

    String decode(byte[] bytes, String what) throws UnreadableDocumentException {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableDocumentException(what + " contains a NUL byte at offset " + i
                        + ": binary data, not text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(what + " is not valid UTF-8 (" + e.getMessage() + ")", e);
        }
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                bad++;
            }
        }
        if (!text.isEmpty() && bad > text.length() * MAX_CONTROL_SHARE) {
            throw new UnreadableDocumentException(what + " looks like binary data: " + bad + " of " + text.length()
                    + " characters are control or replacement characters");
        }
        return text;
    }
}
