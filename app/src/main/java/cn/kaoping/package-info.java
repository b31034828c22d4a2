/**
 * Kaoping: a multi-tenant server for government performance evaluation (绩效考评).
 * Packages are cut by capability: {@code scheme} (the scheme language), {@code scoring}
 * (the engine, plain Java), {@code jurisdiction}, {@code tenant}, {@code security}, ...
 */
package cn.kaoping;
