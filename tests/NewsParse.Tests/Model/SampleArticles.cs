using NewsParse.Model;

namespace NewsParse.Tests.Model;

/// <summary>Hand-built articles that use every part of the model.</summary>
internal static class SampleArticles
{
    /// <summary>Every block type, nested sections, an FAQ with a multi-paragraph answer, boilerplate of several kinds, diagnostics, and nulls where the model allows them.</summary>
    public static Article Full(string? headline = "Harbour Bridge Reopens", string? published = "2025-05-09T11:42:00+06:00") => new()
    {
        Headline = headline,
        Byline = "Jane Doe and John Roe",
        Published = published,
        Language = "en-GB",
        SiteName = "The Harbour Times",
        Url = "https://example.org/news/bridge",
        Description = null,
        Sections =
        [
            new Section(null, null, [new ParagraphBlock("The bridge reopened on Monday.", new SourceSpan(40, 30))], span: new SourceSpan(40, 30)),
            new Section("What changed", 2,
                [
                    new ParagraphBlock("Engineers replaced the cables.", new SourceSpan(90, 30)),
                    new ListBlock(ordered: true, ["New cables", "New deck", "New lights"], new SourceSpan(121, 30)),
                    new ListBlock(ordered: false, ["one"], new SourceSpan(152, 3)),
                    new QuoteBlock("It is like a new bridge.", "The mayor", new SourceSpan(160, 24)),
                    new QuoteBlock("Unattributed words."),
                ],
                [
                    new Section("The numbers", 3,
                        [
                            new TableBlock([["Part", "Count"], ["Cables", "412"], ["Lanes", "4"]], "What was replaced", new SourceSpan(200, 40)),
                            new TableBlock([["only cell"]]),
                            new CodeBlock("toll = 2.50\nlanes = 4", "python", new SourceSpan(250, 20)),
                            new CodeBlock("plain"),
                        ],
                        [new Section("Deeper", 4, [new FigureBlock("The bridge at night", "bridge.jpg", new SourceSpan(280, 19)), new FigureBlock(null)])]),
                ],
                new SourceSpan(75, 12)),
            new Section("Empty section", 2, []),
        ],
        Faq = new Faq("FAQs about the bridge",
            [
                new FaqItem("When did it reopen?", "On Monday.", new SourceSpan(400, 19)),
                new FaqItem("Is the toll higher?", "No.\n\nIt stays the same.", new SourceSpan(430, 19)),
            ],
            new SourceSpan(380, 21)),
        Boilerplate =
        [
            new BoilerplateBlock(BoilerplateKind.TableOfContents, "Table of Contents", "a table-of-contents title", new SourceSpan(60, 17)),
            new BoilerplateBlock(BoilerplateKind.RelatedLink, "Also read: a tunnel opens", "an 'also read' lead", new SourceSpan(300, 25)),
            new BoilerplateBlock(BoilerplateKind.SocialPrompt, "Follow us on X", "a call to follow"),
            new BoilerplateBlock(BoilerplateKind.CookieNotice, "We use cookies", "a cookie banner", new SourceSpan(0, 14)),
            new BoilerplateBlock(BoilerplateKind.AuthorBox, "Jane writes about cities.", "an author biography"),
        ],
        Diagnostics =
        [
            new Diagnostic(DiagnosticCode.HeadingLevelSkipped, "a level-4 heading follows a level-2 one", new SourceSpan(270, 6)),
            new Diagnostic(DiagnosticCode.InvalidEncoding, "invalid UTF-8 replaced"),
        ],
    };
}
