using System.Text.Json.Serialization;
using NewsParse.Model;

namespace NewsParse.Reading;

/// <summary>A metadata field of the article, as reported by a <see cref="MetadataEvent"/>.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<MetadataField>))]
public enum MetadataField
{
    /// <summary><see cref="Model.Article.Headline"/>.</summary>
    Headline,
    /// <summary><see cref="Model.Article.Byline"/>.</summary>
    Byline,
    /// <summary><see cref="Model.Article.Published"/> (ISO 8601).</summary>
    Published,
    /// <summary><see cref="Model.Article.Language"/>.</summary>
    Language,
    /// <summary><see cref="Model.Article.SiteName"/>.</summary>
    SiteName,
    /// <summary><see cref="Model.Article.Url"/>.</summary>
    Url,
    /// <summary><see cref="Model.Article.Description"/>.</summary>
    Description,
}
