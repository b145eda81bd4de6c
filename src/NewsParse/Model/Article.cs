using System.Globalization;

namespace NewsParse.Model;

/// <summary>
/// A parsed news article: metadata, the body as a tree of sections, the FAQ and the boilerplate that was found
/// (kept apart, never mixed into the body). Immutable; compares by value; safe to share between threads.
/// </summary>
public sealed record Article
{
    /// <summary>Creates an article. Collections are copied; null collections are read as empty.</summary>
    /// <param name="headline">The headline, or null when the input has none (one is never invented).</param>
    /// <param name="byline">The author line as the page gives it, without "By", or null.</param>
    /// <param name="published">The publication date in ISO 8601: a date ("2025-05-09"), a local date-time, or a date-time with offset; null when unknown.</param>
    /// <param name="language">The language as a BCP 47 tag ("en", "en-US"), or null.</param>
    /// <param name="siteName">The site's name, or null.</param>
    /// <param name="url">The canonical address of the article, or null.</param>
    /// <param name="description">The page's own summary of the article, or null.</param>
    /// <param name="sections">The body sections in order.</param>
    /// <param name="faq">The FAQ, or null when the article has none.</param>
    /// <param name="boilerplate">The boilerplate found, in input order.</param>
    /// <param name="diagnostics">Recoverable oddities met while parsing, in input order.</param>
    /// <param name="authors">The article's authors, one name each, in the order the page gives them; null or empty when unknown.</param>
    /// <param name="modified">When the article was last changed, in ISO 8601 as <paramref name="published"/>; null when unknown.</param>
    public Article(
        string? headline,
        string? byline,
        string? published,
        string? language,
        string? siteName,
        string? url,
        string? description,
        IReadOnlyList<Section>? sections,
        Faq? faq,
        IReadOnlyList<BoilerplateBlock>? boilerplate,
        IReadOnlyList<Diagnostic>? diagnostics = null,
        IReadOnlyList<string>? authors = null,
        string? modified = null)
    {
        Headline = headline;
        Byline = byline;
        Authors = ValueList.From(authors);
        Published = published;
        Modified = modified;
        Language = language;
        SiteName = siteName;
        Url = url;
        Description = description;
        Sections = ValueList.From(sections);
        Faq = faq;
        Boilerplate = ValueList.From(boilerplate);
        Diagnostics = ValueList.From(diagnostics);
    }

    /// <summary>An article with nothing in it.</summary>
    public static Article Empty { get; } = new(null, null, null, null, null, null, null, null, null, null);

    /// <summary>The headline, or null when the input has none.</summary>
    public string? Headline { get; }

    /// <summary>The author line without "By" (for example "Jane Doe and John Roe"), or null.</summary>
    public string? Byline { get; }

    /// <summary>The article's authors, one name each without labels or dates ("Jane Doe", "John Roe"), in the page's order; empty when unknown. <see cref="Byline"/> is the same names joined.</summary>
    public IReadOnlyList<string> Authors { get; }

    /// <summary>The publication date in ISO 8601 as precise as the input gives it: "2025-05-09", "2025-05-09T11:42:00" or "2025-05-09T11:42:00+06:00"; null when unknown. See <see cref="TryGetPublished"/>.</summary>
    public string? Published { get; }

    /// <summary>When the article was last changed, as the input states it apart from its publication, in ISO 8601 (as <see cref="Published"/>); null when unknown.</summary>
    public string? Modified { get; }

    /// <summary>The language as a BCP 47 tag, or null.</summary>
    public string? Language { get; }

    /// <summary>The site's name, or null.</summary>
    public string? SiteName { get; }

    /// <summary>The canonical address of the article, or null.</summary>
    public string? Url { get; }

    /// <summary>The page's own summary of the article, or null.</summary>
    public string? Description { get; }

    /// <summary>The body: top-level sections in order. The first has a null heading when text precedes the first heading.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>The FAQ, or null.</summary>
    public Faq? Faq { get; }

    /// <summary>Everything found that is not article text, in input order, each with its kind and the reason.</summary>
    public IReadOnlyList<BoilerplateBlock> Boilerplate { get; }

    /// <summary>Recoverable oddities met while parsing.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when the body has no block and no heading and there is no FAQ.</summary>
    public bool IsEmpty => Sections.Count == 0 && Faq is null;

    /// <summary>
    /// Reads <see cref="Published"/> as a point in time. A date without time is read as midnight; a time without offset
    /// is read with offset zero and <paramref name="hasOffset"/> false.
    /// </summary>
    /// <param name="value">The date, or default when false is returned.</param>
    /// <param name="hasOffset">Whether the input gave the UTC offset.</param>
    /// <returns>False when <see cref="Published"/> is null.</returns>
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

    /// <inheritdoc/>
    public bool Equals(Article? other) =>
        other is not null
        && Headline == other.Headline && Byline == other.Byline && Published == other.Published && Modified == other.Modified
        && ValueList.SequenceEqual(Authors, other.Authors)
        && Language == other.Language && SiteName == other.SiteName && Url == other.Url && Description == other.Description
        && Equals(Faq, other.Faq)
        && ValueList.SequenceEqual(Sections, other.Sections)
        && ValueList.SequenceEqual(Boilerplate, other.Boilerplate)
        && ValueList.SequenceEqual(Diagnostics, other.Diagnostics);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Headline, Published, Url, ValueList.Hash(Sections), Faq, Boilerplate.Count);
}
