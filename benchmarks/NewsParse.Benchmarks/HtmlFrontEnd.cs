using NewsParse.Html.Dom;

namespace NewsParse.Benchmarks;

/// <summary>The stages of NewsParse's HTML front end on their own, for the throughput figures.</summary>
internal static class HtmlFrontEnd
{
    /// <summary>Runs the tokenizer over the page (switching to raw text after a script, style, title... as the tree builder has it do); returns the number of tokens.</summary>
    public static int Tokenize(string html)
    {
        var document = new HtmlDocument(html.AsMemory());
        var tokenizer = new HtmlTokenizer(document);
        int tokens = 0;
        while (tokenizer.Next())
        {
            tokens++;
            if (tokenizer.Kind == HtmlTokenKind.StartTag) tokenizer.SwitchTo(HtmlTokenizer.ContentState(tokenizer.TagId), tokenizer.Name);
        }
        document.Release();
        return tokens;
    }

    /// <summary>Builds the light tree of the page; returns the number of elements.</summary>
    public static int Tree(string html)
    {
        var document = HtmlDocument.Parse(html, NewsParserOptions.Default.MaxNestingDepth);
        int elements = document.ElementCount;
        document.Release();
        return elements;
    }

    /// <summary>The whole HTML layer (tree, index, content choice, metadata, blocks) without the detection pipeline after it; returns the number of blocks.</summary>
    public static int Layer(string html) => NewsParse.Html.HtmlDocumentReader.Read(html.AsMemory(), NewsParserOptions.Default).Blocks.Count;
}
