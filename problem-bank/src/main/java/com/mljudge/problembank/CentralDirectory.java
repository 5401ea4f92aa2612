package com.mljudge.problembank;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The zip's central directory, read by hand: java.util.zip does not expose an entry's
 * Unix mode, which is where a symbolic link shows. Names found here must match the local
 * entries the stream reader sees.
 */
final class CentralDirectory {

	private static final int END_SIGNATURE = 0x06054b50;

	private static final int ENTRY_SIGNATURE = 0x02014b50;

	private static final int UNIX = 3;

	private static final int TYPE_MASK = 0170000;

	private static final int SYMLINK = 0120000;

	private CentralDirectory() {
	}

	/**
	 * The names listed, adding an error per symbolic link; null when there is no readable
	 * directory.
	 */
	static Set<String> check(byte[] zip, List<String> errors) {
		ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
		int end = -1;
		for (int at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65535); at--) {
			if (buffer.getInt(at) == END_SIGNATURE) {
				end = at;
				break;
			}
		}
		if (end < 0) {
			return null;
		}
		int count = Short.toUnsignedInt(buffer.getShort(end + 10));
		long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
		Set<String> names = new HashSet<>();
		long at = offset;
		for (int i = 0; i < count; i++) {
			if (at < 0 || at + 46 > zip.length || buffer.getInt((int) at) != ENTRY_SIGNATURE) {
				errors.add("the archive's central directory is damaged");
				return names;
			}
			int p = (int) at;
			int madeBy = Short.toUnsignedInt(buffer.getShort(p + 4)) >> 8;
			int nameLength = Short.toUnsignedInt(buffer.getShort(p + 28));
			int extraLength = Short.toUnsignedInt(buffer.getShort(p + 30));
			int commentLength = Short.toUnsignedInt(buffer.getShort(p + 32));
			long external = Integer.toUnsignedLong(buffer.getInt(p + 38));
			if (p + 46 + nameLength > zip.length) {
				errors.add("the archive's central directory is damaged");
				return names;
			}
			String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
			if (madeBy == UNIX && ((external >> 16) & TYPE_MASK) == SYMLINK) {
				errors.add("'" + name + "': symbolic links are not allowed");
			}
			names.add(name);
			at = at + 46 + nameLength + extraLength + commentLength;
		}
		return names;
	}

}
