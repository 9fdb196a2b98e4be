using System.ComponentModel.DataAnnotations;

namespace Qingmeng.ServiceDefaults.Paging;

/// <summary>Query-string paging shared by every list endpoint: <c>?pageIndex=0&amp;pageSize=20</c>, both optional.</summary>
/// <remarks>
/// The ranges sit on the properties, not the constructor parameters: [AsParameters] reports constructor-parameter
/// attributes as a plain Attribute[], and the OpenAPI document fails with an InvalidCastException (dotnet/aspnetcore#65348).
/// </remarks>
public sealed record PageRequest(
    [property: Range(0, PageRequest.MaxPageIndex)] int PageIndex = 0,
    [property: Range(1, PageRequest.MaxPageSize)] int PageSize = 20)
{
    public const int MaxPageSize = 200;

    /// <summary>Deep enough for any real listing, and small enough that index × size never overflows an offset.</summary>
    public const int MaxPageIndex = 100_000;

    public int Skip => PageIndex * PageSize;
}

/// <summary>One page of results and the total, so clients can page without guessing.</summary>
public sealed record Page<T>(int PageIndex, int PageSize, long Count, IReadOnlyList<T> Items);
