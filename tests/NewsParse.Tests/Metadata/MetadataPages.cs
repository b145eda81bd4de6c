using System.Text;
using NewsParse.Model;

namespace NewsParse.Tests.Metadata;

/// <summary>Small pages for the metadata tests: a body of plain article paragraphs, parsed as one HTML document.</summary>
internal static class MetadataPages
{
    /// <summary>A sentence of plain article prose.</summary>
    public const string Sentence = "The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour. ";

    /// <summary><paramref name="count"/> paragraphs of two sentences each.</summary>
    public static string Paragraphs(int count)
    {
        var html = new StringBuilder();
        for (int i = 0; i < count; i++) html.Append("<p>").Append(Sentence).Append(Sentence).Append("</p>\n");
        return html.ToString();
    }

    /// <summary>A document of <paramref name="body"/> and <paramref name="head"/>, in language <paramref name="lang"/>, parsed.</summary>
    public static Article Parse(string body, string head = "", string lang = "en") =>
        NewsParser.Parse($"<!DOCTYPE html><html lang=\"{lang}\"><head>{head}</head><body>{body}</body></html>");
}
