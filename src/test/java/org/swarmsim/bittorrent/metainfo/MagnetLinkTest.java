package org.swarmsim.bittorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

class MagnetLinkTest {
    private static final String HEX = "000102030405060708090a0b0c0d0e0f10111213";
    /** {@code base64.b32encode(bytes(range(20)))} in Python. */
    private static final String BASE32 = "AAAQEAYEAUDAOCAJBIFQYDIOB4IBCEQT";
    private static final InfoHash HASH = InfoHash.fromHex(HEX);

    private static String rejected(String uri) {
        return assertThrows(IllegalArgumentException.class, () -> MagnetLink.parse(uri)).getMessage();
    }

    @Test
    void readsHashNameAndTrackersInOrder() {
        MagnetLink m = MagnetLink.parse("magnet:?xt=urn:btih:" + HEX + "&dn=Big%20Buck+Bunny"
                + "&tr=udp%3A%2F%2Ftracker.example%3A80&x.pe=1.2.3.4:6881&tr=http://b.example/announce?x=1");
        assertEquals(HASH, m.infoHash());
        assertEquals(Optional.of("Big Buck Bunny"), m.displayName());
        assertEquals(List.of("udp://tracker.example:80", "http://b.example/announce?x=1"), m.trackers());
    }

    @Test
    void base32AndHexGiveTheSameInfoHashInEitherCase() {
        InfoHash fromBase32 = MagnetLink.parse("magnet:?xt=urn:btih:" + BASE32).infoHash();
        InfoHash fromLower32 = MagnetLink.parse("magnet:?xt=urn:btih:" + BASE32.toLowerCase()).infoHash();
        InfoHash fromUpperHex = MagnetLink.parse("MAGNET:?XT=URN:BTIH:" + HEX.toUpperCase()).infoHash();
        assertEquals(HASH, fromBase32);
        assertEquals(HASH, fromLower32);
        assertEquals(HASH, fromUpperHex);
    }

    @Test
    void base32DecodesTheRfc4648VectorsAndInvertsItsEncoding() {
        assertArrayEquals("fooba".getBytes(StandardCharsets.US_ASCII), Base32.decode("MZXW6YTB"));
        assertArrayEquals(new byte[0], Base32.decode(""));
        RandomStream random = new RandomStreams(9L).stream("magnet/base32");
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[5 * random.nextInt(8)];
            random.nextBytes(b);
            assertArrayEquals(b, Base32.decode(Base32.encode(b)));
        }
    }

    @Test
    void formatsTheCanonicalLinkAsLibtorrentDoes() {
        // libtorrent 2.0.8 make_magnet_uri of the same hash, name and trackers
        MagnetLink m = new MagnetLink(HASH, Optional.of("héllo wörld/+&=:?#%~*()!'x"),
                List.of("http://t.example:6969/announce?a=b&c=d", "udp://x.y:80"));
        assertEquals("magnet:?xt=urn:btih:000102030405060708090a0b0c0d0e0f10111213"
                + "&dn=h%c3%a9llo%20w%c3%b6rld%2f%2b%26%3d%3a%3f%23%25~*()!%27x"
                + "&tr=http%3a%2f%2ft.example%3a6969%2fannounce%3fa%3db%26c%3dd&tr=udp%3a%2f%2fx.y%3a80",
                m.format());
        assertEquals(m.format(), m.toString());
        assertEquals("magnet:?xt=urn:btih:" + HEX, new MagnetLink(HASH, Optional.empty(), List.of()).format());
    }

    @Test
    void parseOfFormatGivesTheSameLinkBack() {
        RandomStream random = new RandomStreams(10L).stream("magnet/round-trip");
        String alphabet = "aZ09 -_.~!*()'/:?#&=+%@é€😀";
        for (int i = 0; i < 500; i++) {
            byte[] hash = new byte[20];
            random.nextBytes(hash);
            Optional<String> name = random.nextBoolean() ? Optional.empty()
                    : Optional.of(randomText(random, alphabet, 1 + random.nextInt(12)));
            List<String> trackers = java.util.stream.IntStream.range(0, random.nextInt(4))
                    .mapToObj(k -> "udp://" + randomText(random, alphabet, 1 + random.nextInt(8)))
                    .toList();
            MagnetLink m = new MagnetLink(InfoHash.of(hash), name, trackers);
            assertEquals(m, MagnetLink.parse(m.format()));
            assertEquals(m.format(), MagnetLink.parse(m.format()).format());
        }
        String base32Link = "magnet:?xt=urn:btih:" + BASE32 + "&dn=x";
        assertEquals("magnet:?xt=urn:btih:" + HEX + "&dn=x", MagnetLink.parse(base32Link).format());
    }

    private static String randomText(RandomStream random, String alphabet, int codePoints) {
        int[] cps = alphabet.codePoints().toArray();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            b.appendCodePoint(cps[random.nextInt(cps.length)]);
        }
        return b.toString();
    }

    @Test
    void ofATorrentTakesItsHashNameAndDistinctTrackersInOrder() {
        Torrent t = TorrentCreator.assemble("movie.mkv", true, List.of(new TorrentFile(List.of("movie.mkv"), 5, 0)),
                16384, new byte[20], TorrentCreator.Options.defaults().withAnnounceUrls(
                        List.of("http://a.example/ann", "udp://b.example:80", "http://a.example/ann")));
        MagnetLink m = MagnetLink.of(t);
        assertEquals(t.infoHash(), m.infoHash());
        assertEquals(Optional.of("movie.mkv"), m.displayName());
        assertEquals(List.of("http://a.example/ann", "udp://b.example:80"), m.trackers());
        assertEquals(List.of(), MagnetLink.of(Torrent.synthetic("s.bin", 100, 16384)).trackers());
    }

    @Test
    void ignoresUnknownAndEmptyParametersAndAnEmptyName() {
        MagnetLink m = MagnetLink.parse("magnet:?&ws=http%3a%2f%2fw&xl=123&xt=urn:sha1:ABC&xt=urn:btih:" + HEX
                + "&&dn=&so=0-3&foo");
        assertEquals(new MagnetLink(HASH, Optional.empty(), List.of()), m);
        assertEquals(HASH, MagnetLink.parse("magnet:?xt=urn:btih:" + HEX + "&xt=urn:btih:" + BASE32).infoHash());
    }

    @Test
    void saysExactlyWhatIsWrongWithAMalformedLink() {
        assertEquals("not a magnet URI: it must start with 'magnet:?', got 'http://example.com/a.torrent'",
                rejected("http://example.com/a.torrent"));
        assertTrue(rejected("magnet:xt=urn:btih:" + HEX).startsWith("not a magnet URI"));
        assertTrue(rejected("").startsWith("not a magnet URI"));
        String noHash = "the magnet link has no xt=urn:btih:<info-hash> or xt=urn:btmh:1220<v2 info-hash> parameter";
        assertEquals(noHash, rejected("magnet:?dn=x&tr=http%3a%2f%2fa"));
        assertEquals(noHash, rejected("magnet:?xt"));
        assertEquals("xt=urn:btih: info-hash of 40 characters is not hexadecimal: 'g' at position 39",
                rejected("magnet:?xt=urn:btih:" + HEX.substring(0, 39) + "g"));
        assertEquals("xt=urn:btih: info-hash of 32 characters is not base32: '1' at position 0 is not a "
                + "base32 character (A-Z, 2-7)", rejected("magnet:?xt=urn:btih:1" + BASE32.substring(1)));
        assertEquals("xt=urn:btih: info-hash must be 40 hex digits or 32 base32 characters, got 39 characters",
                rejected("magnet:?xt=urn:btih:" + HEX.substring(1)));
        assertEquals("xt=urn:btih: info-hash must be 40 hex digits or 32 base32 characters, got 0 characters",
                rejected("magnet:?xt=urn:btih:"));
        assertEquals("xt=urn:btmh:1220 must be followed by 64 hex digits, got 40 characters",
                rejected("magnet:?xt=urn:btih:" + HEX + "&xt=urn:btmh:1220" + HEX));
        assertEquals("xt=urn:btmh: must hold a SHA-256 multihash, '1220' and 64 hex digits, got '1114"
                + HEX.substring(0, 36) + "...'", rejected("magnet:?xt=urn:btmh:1114" + HEX + HEX.substring(0, 24)));
        assertEquals("xt=urn:btmh:1220 v2 info-hash is not hexadecimal: 'g' at position 63",
                rejected("magnet:?xt=urn:btmh:1220" + HEX + HEX.substring(0, 23) + "g"));
        assertEquals("the magnet link names two different info-hashes: " + HEX + " and " + "ff".repeat(20),
                rejected("magnet:?xt=urn:btih:" + HEX + "&xt=urn:btih:" + "ff".repeat(20)));
        assertEquals("bad percent escape in dn at character 1: '%' must be followed by two hex digits",
                rejected("magnet:?xt=urn:btih:" + HEX + "&dn=a%2"));
        assertEquals("bad percent escape in tr at character 0: '%' must be followed by two hex digits",
                rejected("magnet:?xt=urn:btih:" + HEX + "&tr=%zz"));
        assertEquals("the magnet link's dn is not UTF-8 once percent-decoded",
                rejected("magnet:?xt=urn:btih:" + HEX + "&dn=%ff"));
        assertEquals("tracker 2 (tr) of the magnet link is empty",
                rejected("magnet:?xt=urn:btih:" + HEX + "&tr=udp%3a%2f%2fa&tr="));
        assertEquals("the magnet link's dn holds an unpaired surrogate at character 1",
                rejected("magnet:?xt=urn:btih:" + HEX + "&dn=a\ud800"));
    }

    @Test
    void mutatedLinksParseOrFailWithIllegalArgumentException() {
        RandomStream random = new RandomStreams(11L).stream("magnet/mutation");
        List<String> seeds = List.of(
                "magnet:?xt=urn:btih:" + HEX + "&dn=h%c3%a9llo+w%20x&tr=udp%3a%2f%2fa.example%3a80&tr=http://b",
                "magnet:?xt=urn:btih:" + BASE32 + "&dn=%f0%9f%98%80&x.pe=1.2.3.4:1",
                "magnet:?xt=urn:btmh:1220" + HEX + HEX.substring(0, 24) + "&xt=urn:btih:" + HEX);
        String inserts = "%+&=?:#0aAfFgzZ27é\ud83d\ude00\ud800 ";
        int parsed = 0;
        int rejected = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder(seeds.get(i % seeds.size()));
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.setCharAt(at, inserts.charAt(random.nextInt(inserts.length())));
                case 1 -> s.insert(at, inserts.charAt(random.nextInt(inserts.length())));
                case 2 -> s.deleteCharAt(at);
                default -> s.setLength(at);
            }
            String input = s.toString();
            try {
                MagnetLink m = MagnetLink.parse(input);
                assertEquals(m, MagnetLink.parse(m.format()), input);
                parsed++;
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage() != null && e.getMessage().length() > 10, input);
                rejected++;
            } catch (RuntimeException e) {
                fail("mutation " + i + " (" + input + ") threw " + e, e);
            }
        }
        assertTrue(parsed > 1000 && rejected > 1000, parsed + " parsed, " + rejected + " rejected");
    }

    @Test
    void theRecordRefusesAnEmptyNameOrTracker() {
        assertThrows(IllegalArgumentException.class, () -> new MagnetLink(HASH, Optional.of(""), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new MagnetLink(HASH, Optional.empty(), List.of("")));
        assertEquals(HEX, HexFormat.of().formatHex(MagnetLink.parse("magnet:?xt=urn:btih:" + HEX)
                .infoHash().bytes()));
    }
}
