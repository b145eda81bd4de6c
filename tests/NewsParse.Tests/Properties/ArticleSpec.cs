namespace NewsParse.Tests.Properties;

/// <summary>A generated article: what a renderer writes and what parsing it must give back.</summary>
public sealed record ArticleSpec(string? Headline, IReadOnlyList<SpecPart> Parts, string Script)
{
    public override string ToString() => $"[{Script}] " + (Headline is null ? "" : $"# {Headline} | ") + string.Join(" | ", Parts);
}

/// <summary>One part of a generated article, in order.</summary>
public abstract record SpecPart;

/// <summary>A section heading of level 2 or 3.</summary>
public sealed record SpecHeading(int Level, string Text) : SpecPart;

/// <summary>A paragraph of several sentences.</summary>
public sealed record SpecParagraph(string Text) : SpecPart;

/// <summary>An unordered list.</summary>
public sealed record SpecList(IReadOnlyList<string> Items) : SpecPart
{
    public override string ToString() => "list: " + string.Join("; ", Items);
}

/// <summary>An FAQ: its heading and question/answer pairs.</summary>
public sealed record SpecFaq(string Heading, IReadOnlyList<(string Question, string Answer)> Items) : SpecPart
{
    public override string ToString() => $"faq {Heading}: " + string.Join("; ", Items.Select(i => $"{i.Question} => {i.Answer}"));
}

/// <summary>A line of boilerplate (share prompt, newsletter, ad label, cookie notice, footer...).</summary>
public sealed record SpecBoilerplate(string Text) : SpecPart;
