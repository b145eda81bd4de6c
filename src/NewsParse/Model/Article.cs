using System.Globalization;
using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>
/// A parsed news article: metadata, the body as a tree of sections, the FAQ and the boilerplate that was found
/// (kept apart, never mixed into the body). Immutable; compares by value; safe to share between threads.
/// Make one with an object initializer (<c>new Article { Headline = "...", Sections = [...] }</c>) or change one
/// with <c>with</c>; a member left out is null, or empty for a list.
/// </summary>
public sealed record Article
{
    private readonly IReadOnlyList<Section> _sections = [];
    private readonly IReadOnlyList<BoilerplateBlock> _boilerplate = [];
    private readonly IReadOnlyList<Diagnostic> _diagnostics = [];
    private readonly IReadOnlyList<string> _authors = [];
    private readonly IReadOnlyList<Comment> _comments = [];

    /// <summary>An article with nothing in it.</summary>
    public static Article Empty { get; } = new();

    /// <summary>The headline, or null when the input has none (one is never invented).</summary>
    [JsonPropertyName("headline")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Headline { get; init; }

    /// <summary>The author line as the page gives it, without "By" (for example "Jane Doe and John Roe"), or null.</summary>
    [JsonPropertyName("byline")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Byline { get; init; }

    /// <summary>The article's authors, one name each, in the order the page gives them (<see cref="Byline"/> is their joined text); empty when unknown. Copied when set.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null (null itself is read as the empty list).</exception>
    [JsonPropertyName("authors")]
    public IReadOnlyList<string> Authors { get => _authors; init => _authors = ValueList.From(value, nameof(Authors)); }

    /// <summary>The publication date in ISO 8601 as precise as the input gives it: "2025-05-09", "2025-05-09T11:42:00" or "2025-05-09T11:42:00+06:00"; null when unknown. See <see cref="TryGetPublished"/>.</summary>
    [JsonPropertyName("published")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Published { get; init; }

    /// <summary>When the article was last changed, as the input states it apart from its publication, in ISO 8601 (as <see cref="Published"/>); null when unknown.</summary>
    [JsonPropertyName("modified")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Modified { get; init; }

    /// <summary>The language as a BCP 47 tag ("en", "en-US"), or null.</summary>
    [JsonPropertyName("language")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Language { get; init; }

    /// <summary>The site's name, or null.</summary>
    [JsonPropertyName("siteName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? SiteName { get; init; }

    /// <summary>The canonical address of the article, or null.</summary>
    [JsonPropertyName("url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Url { get; init; }

    /// <summary>The page's own summary of the article, or null.</summary>
    [JsonPropertyName("description")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Description { get; init; }

    /// <summary>The body: top-level sections in order. The first has a null heading when text precedes the first heading. Copied when set.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null (null itself is read as the empty list).</exception>
    [JsonPropertyName("sections")]
    public IReadOnlyList<Section> Sections { get => _sections; init => _sections = ValueList.From(value, nameof(Sections)); }

    /// <summary>The FAQ, or null.</summary>
    [JsonPropertyName("faq")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public Faq? Faq { get; init; }

    /// <summary>
    /// The reader comments of the page's comment section in page order (a reply after the comment it answers, one
    /// <see cref="Comment.Depth"/> deeper); empty when the page shows none or <see cref="NewsParserOptions.IncludeComments"/>
    /// is off. Never part of the body. Copied when set. In JSON: <c>comments</c>, always written (<c>[]</c> when none;
    /// read as empty when absent), so any source-generated context of the model types, alone or combined, keeps it.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a list holding null (null itself is read as the empty list).</exception>
    [JsonPropertyName("comments")]
    public IReadOnlyList<Comment> Comments { get => _comments; init => _comments = ValueList.From(value, nameof(Comments)); }

    /// <summary>Everything found that is not article text, in input order, each with its kind and the reason. Copied when set.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null (null itself is read as the empty list).</exception>
    [JsonPropertyName("boilerplate")]
    public IReadOnlyList<BoilerplateBlock> Boilerplate { get => _boilerplate; init => _boilerplate = ValueList.From(value, nameof(Boilerplate)); }

    /// <summary>Recoverable oddities met while parsing, in input order. Copied when set.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null (null itself is read as the empty list).</exception>
    [JsonPropertyName("diagnostics")]
    public IReadOnlyList<Diagnostic> Diagnostics { get => _diagnostics; init => _diagnostics = ValueList.From(value, nameof(Diagnostics)); }

    /// <summary>True when the body has no block and no heading and there is no FAQ. Not part of the JSON contract.</summary>
    [JsonIgnore]
    public bool IsEmpty => Sections.Count == 0 && Faq is null;

    /// <summary>
    /// Reads <see cref="Published"/> as a point in time. A date without time is read as midnight; a time without offset
    /// is read with offset zero and <paramref name="hasOffset"/> false.
    /// </summary>
    /// <param name="value">The date, or default when false is returned.</param>
    /// <param name="hasOffset">Whether the input gave the UTC offset.</param>
    /// <returns>False when <see cref="Published"/> is null or not a date.</returns>
    public bool TryGetPublished(out DateTimeOffset value, out bool hasOffset)
    {
        value = default;
        hasOffset = false;
        if (Published is null) return false;
        hasOffset = Published.Length > 19;
        return DateTimeOffset.TryParse(Published, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);
    }

    /// <summary>Every section of the tree, depth first, in document order.</summary>
    public IEnumerable<Section> AllSections()
    {
        var stack = new Stack<(IReadOnlyList<Section> List, int Index)>();
        stack.Push((Sections, 0));
        while (stack.Count > 0)
        {
            var (list, index) = stack.Pop();
            if (index >= list.Count) continue;
            stack.Push((list, index + 1));
            yield return list[index];
            stack.Push((list[index].Sections, 0));
        }
    }

    /// <summary>Every body block in document order, sections walked depth first.</summary>
    public IEnumerable<Block> AllBlocks() => AllSections().SelectMany(s => s.Blocks);
}
