using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>What a piece of boilerplate is. Serialized in camelCase ("tableOfContents", "relatedLink", ...).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<BoilerplateKind>))]
public enum BoilerplateKind
{
    /// <summary>Anything that is not article text and fits no other kind.</summary>
    Other,
    /// <summary>A table of contents, its title or its entries.</summary>
    TableOfContents,
    /// <summary>A headline, teaser or link of another article ("Also read", related boxes, injected headlines).</summary>
    RelatedLink,
    /// <summary>A call to follow, like or subscribe on social networks or channels.</summary>
    SocialPrompt,
    /// <summary>An advertisement, an ad slot or an "Advertisement" label, sponsored content.</summary>
    Advertisement,
    /// <summary>Share buttons and "Share this" bars.</summary>
    ShareBar,
    /// <summary>A newsletter sign-up box.</summary>
    Newsletter,
    /// <summary>Site navigation: menus, breadcrumbs, previous/next links, pagination.</summary>
    Navigation,
    /// <summary>Reader comments and comment forms.</summary>
    Comments,
    /// <summary>A cookie or consent banner.</summary>
    CookieNotice,
    /// <summary>A page or article footer: copyright, legal links, imprint.</summary>
    Footer,
    /// <summary>Tag and topic lists.</summary>
    Tags,
    /// <summary>An author box or biography.</summary>
    AuthorBox,
    /// <summary>A caption or credit that belongs to no kept figure.</summary>
    Caption,
}
