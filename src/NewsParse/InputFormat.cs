namespace NewsParse;

/// <summary>How the parser reads its input.</summary>
public enum InputFormat
{
    /// <summary>Decide from the content: markup tags near the start mean HTML, anything else is a text dump.</summary>
    Auto,
    /// <summary>An HTML page or fragment.</summary>
    Html,
    /// <summary>A plain-text dump of an article: one block a line, or blocks separated by blank lines.</summary>
    Text,
}
