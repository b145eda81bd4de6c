namespace NewsParse.Detection;

/// <summary>A byline as <see cref="AuthorNames"/> reads it.</summary>
/// <param name="Line">The byline without its label, dates and what follows the names ("Jane Doe and John Roe", "Martin Untersinger (avec Damien Leloup et Morgane Tual)"); the names joined with ", " when some words between them were not names.</param>
/// <param name="Names">The names, in order, each once (at least one).</param>
/// <param name="Labelled">True when the byline opened with a label ("By", "Von", "Par").</param>
internal sealed record AuthorLine(string Line, IReadOnlyList<string> Names, bool Labelled);
