/**
 * Kaoping's server: a multi-tenant server for government performance evaluation (绩效考评).
 * Packages are cut by capability ({@code jurisdiction}, {@code tenant}, {@code schemes}, ...),
 * with shared plumbing in {@code platform}. The scheme language ({@code cn.kaoping.scheme}) and
 * the engine ({@code cn.kaoping.scoring}) are the {@code app/engine} module.
 */
package cn.kaoping;
