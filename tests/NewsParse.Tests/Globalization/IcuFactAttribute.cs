using System.Globalization;
using Xunit;

namespace NewsParse.Tests.Globalization;

/// <summary>
/// A fact that runs only when the machine has ICU culture data for the languages of the month-name table (it is skipped
/// under invariant globalization, where <see cref="CultureInfo.GetCultureInfo(string)"/> knows no culture but the invariant one).
/// </summary>
public sealed class IcuFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the culture data is missing.</summary>
    public IcuFactAttribute()
    {
        if (!HasCultureData()) Skip = "no ICU culture data on this machine (invariant globalization)";
    }

    private static bool HasCultureData()
    {
        try
        {
            return CultureInfo.GetCultureInfo("de-DE").DateTimeFormat.MonthNames[2] == "März";
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
