namespace NewsParse.Html;

/// <summary>What the page's schema.org JSON-LD says: the first article object's fields and the FAQPage's questions.</summary>
internal sealed class JsonLdData
{
    public string? Headline;
    public List<string> Authors { get; } = [];
    public string? Published;
    public string? Description;
    /// <summary>The article object's articleBody (or text), as written: where the page says its text is.</summary>
    public string? ArticleBody;
    public string? Url;
    public string? Language;
    public string? Publisher;
    public bool HasArticle;

    /// <summary>The dateModified of every object of any type (a WebPage's too), as written.</summary>
    public List<string> Modified { get; } = [];

    /// <summary>The datePublished of every object of any type (a WebPage's too), as written.</summary>
    public List<string> AnyPublished { get; } = [];

    /// <summary>Questions and answers (answers as text, their markup removed) of an FAQPage.</summary>
    public List<(string Question, string Answer)> Faq { get; } = [];

    /// <summary>How many scripts could not be read as JSON.</summary>
    public int Invalid;
}
