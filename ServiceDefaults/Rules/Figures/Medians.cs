namespace Qingmeng.ServiceDefaults.Figures;

/// <summary>The median the platform's reports give (working days to a response, to a loan, to an approval).</summary>
public static class Medians
{
    /// <summary>The middle value, or the mean of the two middle ones; null when there is none.</summary>
    public static decimal? Of(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }
}
