using System.ComponentModel.DataAnnotations;

namespace Qingmeng.ServiceDefaults.Paging;

/// <summary>Query-string paging shared by every list endpoint: <c>?pageIndex=0&amp;pageSize=20</c>.</summary>
public sealed record PageRequest
{
    public const int MaxPageSize = 200;

    [Range(0, int.MaxValue)]
    public int PageIndex { get; init; }

    [Range(1, MaxPageSize)]
    public int PageSize { get; init; } = 20;

    public int Skip => PageIndex * PageSize;
}

/// <summary>One page of results and the total, so clients can page without guessing.</summary>
public sealed record Page<T>(int PageIndex, int PageSize, long Count, IReadOnlyList<T> Items);
