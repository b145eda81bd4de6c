namespace NewsParse.Detection.Lexicons;

/// <summary>Words of page footers and legal lines, in the main languages of news sites.</summary>
internal static class FooterLexicon
{
    public static readonly PhraseSet Cues = new(
        "©", "copyright", "all rights reserved", "terms of use", "terms of service", "privacy policy", "contact us", "about us", "imprint",
        "impressum", "alle rechte vorbehalten", "todos los derechos reservados", "tous droits réservés", "todos os direitos reservados",
        "tutti i diritti riservati", "все права защищены", "tüm hakları saklıdır", "सर्वाधिकार सुरक्षित", "সর্বস্বত্ব সংরক্ষিত", "جميع الحقوق محفوظة", "版权所有", "無断転載");
}
