namespace NewsParse.Text;

/// <summary>
/// Which of two numbers written before a year is the day and which the month, when the writing does not say ("26/10/13",
/// "10-29-2021": slashes and dashes are written day first in most of the world and month first in the United States).
/// Only the numbers can tell: one above 12 is the day; equal numbers are the same date either way; with both at most
/// 12 ("10/05/2021": 10 May or October 5) there is no answer. Stateless and thread-safe.
/// </summary>
internal static class NumericDayMonth
{
    /// <summary>
    /// The day and month of a date whose first written number is <paramref name="first"/> and second
    /// <paramref name="second"/>: day first when <paramref name="first"/> is above 12 or both are equal, month first when
    /// only <paramref name="second"/> is above 12; null when either could be the day. The result is not checked as a
    /// date (a month above 12 stays for the caller's check).
    /// </summary>
    public static (int Day, int Month)? Order(int first, int second)
    {
        if (first > 12 || first == second) return (first, second);
        if (second > 12) return (second, first);
        return null;
    }
}
