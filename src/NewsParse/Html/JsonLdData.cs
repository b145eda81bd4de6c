namespace NewsParse.Html;

/// <summary>What the page's schema.org JSON-LD says: the first article object's fields and the FAQPage's questions.</summary>
internal sealed class JsonLdData
{
    /// <summary>The article object's headline, as written; null when it has none.</summary>
    public string? Headline;

    /// <summary>The article object's name, as written; null when it has none.</summary>
    public string? Name;

    /// <summary>The article object's authors that are people (a Person, or a name without a type), in order, each once.</summary>
    public List<string> Authors { get; } = [];

    /// <summary>
    /// True when every one of <see cref="Authors"/> is stated as a person: a name written as text or an object typed
    /// Person. An object with a name and no type (Yoast's reference to the account that posted, "author": {"name", "@id"})
    /// is a weaker statement.
    /// </summary>
    public bool AuthorsStated = true;

    /// <summary>The article object's authors typed as an Organization, in order, each once.</summary>
    public List<string> OrganizationAuthors { get; } = [];

    /// <summary>The article object's datePublished (or dateCreated), as written.</summary>
    public string? Published;

    /// <summary>The article object's dateModified, as written.</summary>
    public string? ArticleModified;
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

    /// <summary>The article object's authors given only by <c>@id</c>, in order; read into <see cref="Authors"/> or <see cref="OrganizationAuthors"/> once every script is read.</summary>
    public List<string> AuthorReferences { get; } = [];

    /// <summary>The first WebPage object's author given only by <c>@id</c>: read as the article's (<see cref="AuthorReferences"/>) when the page has no article object.</summary>
    public List<string> PageAuthorReferences { get; } = [];

    /// <summary>Every object of any script that has an <c>@id</c> and a name: its name and whether it is typed as an organization (the first object for each id).</summary>
    public Dictionary<string, (string Name, bool Organization)> Named { get; } = new(StringComparer.Ordinal);

    /// <summary>How many scripts could not be read as JSON.</summary>
    public int Invalid;
}
