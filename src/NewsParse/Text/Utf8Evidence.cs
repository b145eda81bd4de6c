using System.Buffers;
using System.Text;

namespace NewsParse.Text;

/// <summary>
/// What the non-ASCII bytes of some input say about UTF-8: how many are valid UTF-8 multi-byte sequences, and how many
/// runs of bytes are not (with how many of those runs are one or two bytes long, as the accented letters of a Latin-script
/// legacy encoding are: "f\xFCr", "Gr\xFC\xDFe"). Real text in a legacy encoding is almost never valid UTF-8 (an
/// accented letter followed by an ASCII one is an invalid sequence), and UTF-8 text is never mostly invalid, so the
/// counts tell the two apart without knowing the language.
/// </summary>
/// <param name="Valid">Valid UTF-8 sequences of two to four bytes.</param>
/// <param name="BadRuns">Maximal runs of non-ASCII bytes that are not part of a valid sequence.</param>
/// <param name="ShortBadRuns">Those of <paramref name="BadRuns"/> that are one or two bytes long.</param>
/// <param name="Controls">C0 control bytes other than tab, line feed, form feed and carriage return (binary data has many; text has none).</param>
/// <param name="Length">The bytes looked at.</param>
internal readonly record struct Utf8Evidence(int Valid, int BadRuns, int ShortBadRuns, int Controls, int Length)
{
    /// <summary>Sequences and bad runs after which the counting stops: the evidence is then overwhelming either way.</summary>
    public const int Enough = 256;

    /// <summary>Valid multi-byte UTF-8, with at most one bad run for every four valid sequences (a few stray bytes in a UTF-8 page).</summary>
    public bool LooksUtf8 => Valid > 0 && BadRuns * 4 <= Valid;

    /// <summary>
    /// Text in a Latin-script single-byte encoding: bad runs outnumber valid sequences four to one, three quarters of them
    /// are one or two bytes long (not the long runs of a CJK or Cyrillic text, whose encoding cannot be guessed this
    /// way), and control bytes are rare (not binary data).
    /// </summary>
    public bool LooksLatinLegacy => BadRuns > 0 && Valid * 4 <= BadRuns && ShortBadRuns * 4 >= BadRuns * 3 && Controls * 1000 <= Length;

    /// <summary>
    /// Counts <paramref name="bytes"/> from the start until <see cref="Enough"/> sequences and runs are seen. A
    /// sequence cut by the end of <paramref name="bytes"/> is not counted unless <paramref name="isFinal"/> (the input ends there: it is invalid).
    /// </summary>
    public static Utf8Evidence Of(ReadOnlySpan<byte> bytes, bool isFinal)
    {
        int valid = 0, badRuns = 0, shortRuns = 0, run = 0, i = 0;
        while (i < bytes.Length && valid + badRuns < Enough)
        {
            int skip = bytes[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (skip != 0)
            {
                EndRun(ref run, ref badRuns, ref shortRuns);
                if (skip < 0)
                {
                    i = bytes.Length;
                    break;
                }
                i += skip;
            }
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status == OperationStatus.Done)
            {
                EndRun(ref run, ref badRuns, ref shortRuns);
                valid++;
                i += consumed;
            }
            else if (status == OperationStatus.NeedMoreData && !isFinal)
            {
                break;
            }
            else
            {
                run += consumed;
                i += consumed;
            }
        }
        EndRun(ref run, ref badRuns, ref shortRuns);
        return new Utf8Evidence(valid, badRuns, shortRuns, CountControls(bytes[..i]), i);
    }

    private static void EndRun(ref int run, ref int badRuns, ref int shortRuns)
    {
        if (run == 0) return;
        badRuns++;
        if (run <= 2) shortRuns++;
        run = 0;
    }

    private static readonly SearchValues<byte> OddControls = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F]);

    private static int CountControls(ReadOnlySpan<byte> bytes)
    {
        int controls = 0;
        for (int at = bytes.IndexOfAny(OddControls); at >= 0; at = bytes.IndexOfAny(OddControls))
        {
            controls++;
            bytes = bytes[(at + 1)..];
        }
        return controls;
    }
}
