using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>
/// Writes and reads an enum of the NewsParse contract as its camelCase name (<c>"tableOfContents"</c>); integers are
/// refused on reading. The contract's enums name it in a <see cref="JsonConverterAttribute"/>, so every serializer
/// gives them the same shape: <c>ArticleJson</c>, <c>NewsParseJson</c>, a source-generated context of your own, or
/// reflection with your options. You do not need to use it yourself. Trim- and AOT-safe.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter (camelCase names, no integers).</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
