using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsParse.Rendering;

/// <summary>Writes and reads an enum as its camelCase name ("tableOfContents"); AOT-safe.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
