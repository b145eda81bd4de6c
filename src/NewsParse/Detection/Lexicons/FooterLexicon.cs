namespace NewsParse.Detection.Lexicons;

/// <summary>Words of page footers and legal lines, in the main languages of news sites.</summary>
internal static class FooterLexicon
{
    /// <summary>Copyright and rights notices: one is enough.</summary>
    public static readonly PhraseSet Rights = new(LexiconId.FooterRights,
        "©", "ⓒ", "copyright", "무단전재", "재배포금지", "all rights reserved", "alle rechte vorbehalten", "todos los derechos reservados", "tous droits réservés",
        "todos os direitos reservados", "tutti i diritti riservati", "все права защищены", "tüm hakları saklıdır", "सर्वाधिकार सुरक्षित",
        "সর্বস্বত্ব সংরক্ষিত", "جميع الحقوق محفوظة", "版权所有", "無断転載");

    /// <summary>Legal and site links: two make a footer line.</summary>
    public static readonly PhraseSet Links = new(LexiconId.FooterLinks,
        "terms of use", "terms of service", "terms and conditions", "privacy policy", "privacy notice", "contact us", "about us", "imprint",
        "impressum", "datenschutz", "aviso legal", "mentions légales", "política de privacidad", "advertise with us", "careers", "sitemap");
}
