using NewsParse.Detection.Lexicons;

namespace NewsParse.Detection;

/// <summary>
/// How a block speaks to its reader about networks, read from its words in one pass (the forms are in
/// <see cref="SocialLexicon"/>): the networks it names, whether it names a channel, and, outside quotation marks
/// (which hold someone else's words: a quoted tweet is reported, not addressed to the reader of this page), an
/// imperative or request addressed to the reader, and the publication's own possessive next to a network or channel
/// ("our WhatsApp channel", "kanal YouTube kami", "قناتنا").
/// </summary>
/// <remarks>
/// An imperative is recognised where it stands in its language: bare verbs of calls open a clause ("Follow X on
/// Google News", "Stay informed: follow ..."; a clause opens the block, or follows a punctuation mark or "and");
/// marked imperatives are read from their form at the opening of a clause (Spanish enclitics: a stressed vowel and
/// "-nos", "-te"... as in "síguenos", "únete"; "siga-nos", "suivez-nous"; German "Folgen Sie"; Russian endings
/// "-йте", "-ите", "-йтесь", "-итесь", "-ись", "-йся"); the polite imperatives of Bengali ("-উন": "করুন", "দেখুন") and
/// Hindi ("-इए": "कीजिए") and the request words of Japanese and Chinese anywhere. Read only for blocks that name a
/// network or a channel (the detectors' gate), so none of this is on the path of ordinary text.
/// </remarks>
internal readonly struct ReaderAddress
{
    /// <summary>
    /// Farthest a possessive stands from the network or channel it speaks of, in words ("our WhatsApp channel",
    /// "nuestro canal de WhatsApp"; not "our reporter asked Facebook").
    /// </summary>
    public const int OwnReach = 2;

    /// <summary>Distinct networks named (a name that is also a common word only when capitalised).</summary>
    public int Networks { get; init; }

    /// <summary>Letters of the network names, every occurrence (a line made of them is a list of networks).</summary>
    public int NetworkChars { get; init; }

    /// <summary>True when a channel, page, account or group is named.</summary>
    public bool Channel { get; init; }

    /// <summary>The imperative or request addressed to the reader in the sentence (or pair of sentences) that also names a network or channel, or null.</summary>
    public string? Call { get; init; }

    /// <summary>Share of the block's words in the sentences that hold <see cref="Call"/> and the network or channel (0 to 1).</summary>
    public double CallShare { get; init; }

    /// <summary>
    /// True when the block opens or ends with a sentence that holds a call and names a network or channel: a note
    /// around other text ("Email the author at ... Follow us on X @site.", "Follow @deals on X for more. Prices may change.").
    /// </summary>
    public bool CallAtEdge { get; init; }

    /// <summary>The possessive of the publication next to a network or channel, or null.</summary>
    public string? Own { get; init; }

    /// <summary>Share of the block's words in the sentence that holds <see cref="Own"/> (0 to 1).</summary>
    public double OwnShare { get; init; }

    /// <summary>
    /// The first word, outside quotes, by which the block speaks to its reader or as the publication, wherever it
    /// stands: a second-person word (<see cref="SocialLexicon.ReaderWords"/>) or a possessive of the publication; or null.
    /// </summary>
    public string? Speaks { get; init; }

    /// <summary>One sentence of the block, as the pass reads it.</summary>
    private record struct Sentence(int Words, bool Place, string? Call, string? Own);

    /// <summary>Reads the block (<paramref name="words"/> are the words of <paramref name="text"/>).</summary>
    public static ReaderAddress Read(BlockWords words, string text)
    {
        int networks = 0, networkChars = 0;
        string?[] named = new string?[8];
        bool channel = false;
        var sentences = new List<Sentence>();
        var current = new Sentence();
        int lastPlace = int.MinValue / 2, lastOwn = int.MinValue / 2;
        string? pendingOwn = null, speaks = null;
        bool inQuote = false;
        int cursor = 0;
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            int start = words.StartOf(i);
            bool clauseStart = i == 0, sentenceStart = false;
            for (int k = cursor; k < start; k++)
            {
                char c = text[k];
                if (IsQuote(c)) inQuote = !inQuote;
                if (IsClauseMark(c) || (c == '-' && k > 0 && text[k - 1] == ' ')) clauseStart = true;
                if (EndsSentenceAt(text, k)) sentenceStart = true;
            }
            cursor = start + word.Length;
            if (i > 0 && IsConjunction(words[i - 1])) clauseStart = true;
            if (sentenceStart && current.Words > 0)
            {
                sentences.Add(current);
                current = new Sentence();
                pendingOwn = null;
            }
            current.Words++;

            bool place = false;
            string? ownHere = null, callHere = null;
            if (BlockWords.IsSpacelessScript(word[0]))
            {
                for (int from = 0; from < word.Length;)
                {
                    int at = SocialLexicon.Networks.FindIn(word, from, out var network);
                    if (at < 0) break;
                    Count(network!, ref networks, named);
                    networkChars += network!.Length;
                    place = true;
                    from = at + network.Length;
                }
                if (SocialLexicon.Channels.FindIn(word, 0, out _) >= 0) place = channel = true;
                if (!inQuote)
                {
                    if (SocialLexicon.OwnWords.FindIn(word, 0, out var ownWord) >= 0) ownHere = ownWord;
                    if (SocialLexicon.ReaderWords.FindIn(word, 0, out var second) >= 0) speaks ??= second;
                    callHere = RequestIn(word);
                }
            }
            else
            {
                if (SocialLexicon.Networks.MatchAt(words, i, out _) is { } network
                    && (!SocialLexicon.IsCommonWord(network) || char.IsUpper(text[start])))
                {
                    Count(network, ref networks, named);
                    networkChars += network.Length;
                    place = true;
                }
                if (SocialLexicon.Channels.MatchAt(words, i, out _) is not null) place = channel = true;
                if (!inQuote)
                {
                    ownHere = SocialLexicon.OwnWords.MatchAt(words, i, out _);
                    if (SocialLexicon.ReaderWords.MatchAt(words, i, out _) is { } second
                        && (!SocialLexicon.NeedsCapital(second) || (char.IsUpper(text[start]) && !clauseStart)))
                        speaks ??= second;
                    if (clauseStart)
                        callHere = SocialLexicon.CallVerbs.MatchAt(words, i, out _) ?? (IsMarkedImperative(words, i, text) ? word.ToString() : null);
                    callHere ??= SocialLexicon.Requests.MatchAt(words, i, out _) ?? (IsPoliteImperative(word) ? word.ToString() : null);
                }
            }
            current.Call ??= callHere;
            current.Place |= place;

            // A possessive speaks of the network or channel next to it, before or after ("our X", "X kami"; "قناتنا" is both).
            if (ownHere is not null)
            {
                speaks ??= ownHere;
                pendingOwn = ownHere;
                lastOwn = i;
            }
            if (place) lastPlace = i;
            if (current.Own is null && pendingOwn is not null && Math.Abs(lastPlace - lastOwn) <= OwnReach) current.Own = pendingOwn;
        }
        if (current.Words > 0) sentences.Add(current);

        // The prompt is the sentence that holds the call and names the place, or two sentences, one with each ("We have a Telegram channel. Join!").
        string? call = null, own = null;
        int callWords = 0, ownWords = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (sentence.Own is not null && sentence.Words > ownWords) (own, ownWords) = (sentence.Own, sentence.Words);
            if (sentence.Call is null) continue;
            int with = sentence.Place ? sentence.Words : 0;
            if (!sentence.Place && s > 0 && sentences[s - 1].Place) with = sentence.Words + sentences[s - 1].Words;
            if (!sentence.Place && s + 1 < sentences.Count && sentences[s + 1].Place) with = Math.Max(with, sentence.Words + sentences[s + 1].Words);
            if (with > callWords) (call, callWords) = (sentence.Call, with);
        }
        double total = Math.Max(1, words.Count);
        var edge = sentences.Count == 0 ? null : sentences[0] is { Call: not null, Place: true } ? sentences[0].Call
            : sentences[^1] is { Call: not null, Place: true } ? sentences[^1].Call : null;
        return new ReaderAddress
        {
            Networks = networks, NetworkChars = networkChars, Channel = channel,
            Call = call ?? edge, CallShare = callWords / total, CallAtEdge = edge is not null, Own = own, OwnShare = ownWords / total,
            Speaks = speaks,
        };
    }

    /// <summary>True when a sentence ends at <paramref name="k"/>: a stop of any script followed by a space or the end ("x.com" goes on).</summary>
    private static bool EndsSentenceAt(string text, int k) =>
        text[k] is '.' or '!' or '?' or '。' or '！' or '？' or '।' or '؟' or '۔' or '…'
        && (k + 1 >= text.Length || char.IsWhiteSpace(text[k + 1]) || IsQuote(text[k + 1]) || text[k] is '。' or '！' or '？');

    private static void Count(string network, ref int networks, string?[] named)
    {
        for (int k = 0; k < Math.Min(networks, named.Length); k++)
        {
            if (ReferenceEquals(named[k], network)) return;
        }
        if (networks < named.Length) named[networks] = network;
        networks++;
    }

    /// <summary>Quotation marks of the main scripts: the words between a pair are someone else's.</summary>
    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '「' or '」' or '『' or '』';

    /// <summary>Marks after which a clause opens.</summary>
    private static bool IsClauseMark(char c) =>
        c is ':' or '：' or '—' or '–' or '|' or '.' or '!' or '?' or ';' or '•' or '·' or '(' or ')' or '[' or ']' or ',' or '，' or '、'
            or '。' or '！' or '？' or '।' or '\n' or '"' or '“' or '”' or '„' or '«' or '»' or '→';

    /// <summary>"and" in the languages of <see cref="SocialLexicon"/>: a clause may open after it ("Like and subscribe").</summary>
    private static bool IsConjunction(ReadOnlySpan<char> word) =>
        word is "and" or "und" or "y" or "e" or "et" or "и" or "dan" or "और" or "এবং" or "و";

    /// <summary>
    /// An imperative marked by its form at the opening of a clause: a Spanish enclitic (a stressed vowel written with
    /// its accent, then the pronoun of the reader or of the publication, "-nos", "-te", "-se", "-me": "síguenos",
    /// "únete", "suscríbase"; adverbs in "-mente" aside), a verb joined by a hyphen to "nos", "nous" or "vous" ("siga-nos", "suivez-nous"), a German verb
    /// followed by the formal "Sie" ("Folgen Sie"), or a Russian imperative ending.
    /// </summary>
    private static bool IsMarkedImperative(BlockWords words, int i, string text)
    {
        var word = words[i];
        if (word.Length >= 5 && !word.EndsWith("mente") && EndsWithClitic(word) && word[..^2].IndexOfAny(StressedVowels) >= 0) return true;
        if (i + 1 < words.Count)
        {
            int end = words.StartOf(i) + word.Length;
            var next = words[i + 1];
            if (end < text.Length && text[end] == '-' && words.StartOf(i + 1) == end + 1 && next is "nos" or "nous" or "vous") return true;
            // "Folgen Sie uns": the formal imperative; a question has the same order ("Befürchten Sie ...?").
            if (word.Length >= 4 && word.EndsWith("en") && next is "sie" && text[words.StartOf(i + 1)] == 'S' && words.StartOf(i + 1) == end + 1
                && !EndsWithQuestion(text, end)) return true;
        }
        return word.Length >= 5 && word[0] is >= 'а' and <= 'я'
            && (word.EndsWith("йте") || word.EndsWith("ите") || word.EndsWith("йтесь") || word.EndsWith("итесь") || word.EndsWith("ись") || word.EndsWith("йся"));
    }

    /// <summary>True when the sentence that goes on at <paramref name="from"/> ends with a question mark.</summary>
    private static bool EndsWithQuestion(string text, int from)
    {
        int stop = text.AsSpan(from).IndexOfAny(SentenceStops);
        return stop >= 0 && text[from + stop] is '?' or '？' or '؟';
    }

    private static readonly System.Buffers.SearchValues<char> SentenceStops = System.Buffers.SearchValues.Create(".!?。！？।؟");

    private static readonly System.Buffers.SearchValues<char> StressedVowels = System.Buffers.SearchValues.Create("áéíóú");

    private static bool EndsWithClitic(ReadOnlySpan<char> word) =>
        word.EndsWith("nos") || word.EndsWith("te") || word.EndsWith("se") || word.EndsWith("me");

    /// <summary>
    /// A polite imperative read from its ending, anywhere in the clause (these languages put the verb last, or after
    /// a borrowed word: "Follow করুন"): Bengali "-উন" ("দেখুন", "শুনুন"; not the nouns "নতুন", "আগুন", "জুন"...), Hindi
    /// "-इए" ("कीजिए", "जुड़िए"; not "लिए", "चाहिए").
    /// </summary>
    private static bool IsPoliteImperative(ReadOnlySpan<char> word)
    {
        if (word.Length >= 3 && word.EndsWith("ুন"))
            return word is not ("নতুন" or "আগুন" or "জুন" or "খুন" or "বেগুন" or "ফাগুন" or "উনুন" or "চুন" or "নুন");
        return word.Length >= 4 && (word.EndsWith("िए") || word.EndsWith("िये")) && word is not ("चाहिए" or "चाहिये");
    }

    /// <summary>
    /// A request word of a run of a script without spaces ("ください", "请"), or null: "请" inside a word ("申请", apply;
    /// "邀请", invite) and "欢迎" of "受欢迎" (popular) are none.
    /// </summary>
    private static string? RequestIn(ReadOnlySpan<char> run)
    {
        for (int from = 0; from < run.Length;)
        {
            int at = SocialLexicon.Requests.FindIn(run, from, out var request);
            if (at < 0) return null;
            char before = at > 0 ? run[at - 1] : '\0';
            bool inWord = request switch
            {
                "请" => before is '申' or '邀' or '聘' or '提' or '宴' or '约' or '吁',
                "欢迎" => before is '受',
                _ => false,
            };
            if (!inWord) return request;
            from = at + request!.Length;
        }
        return null;
    }
}
