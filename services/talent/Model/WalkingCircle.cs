namespace Qingmeng.Talent.Model;

/// <summary>
/// The 10-minute employment service circle (10分钟就业服务圈): a place is covered when a service point can be
/// reached on foot within the time at the stated walking speed. Walking distance is taken as the straight-line
/// distance times a detour factor (streets are not straight lines; 1.3 is a common urban value).
/// </summary>
public sealed record WalkingCircle(double WalkingSpeedKmh, double Minutes, double DetourFactor)
{
    public static readonly WalkingCircle Standard = new(4.8, 10, 1.3);

    /// <summary>The straight-line radius that the walk covers, in metres.</summary>
    public double RadiusMetres => WalkingSpeedKmh * 1000 / 60 * Minutes / DetourFactor;

    /// <summary>Walking minutes over a straight-line distance.</summary>
    public double MinutesFor(double straightLineMetres) => straightLineMetres * DetourFactor / (WalkingSpeedKmh * 1000 / 60);
}
