package io.newsrel.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 and refuses malformed bytes instead of replacing them silently. */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** The decoded text; strips a leading byte-order mark. */
    static String decode(byte[] bytes, int offset, int length) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text = decoder.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Whether the bytes look like a binary file rather than text: a NUL byte in the first 8 KiB. */
    static boolean looksBinary(byte[] bytes, int length) {
        for (int i = 0; i < Math.min(length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
