package io.profileflow.app;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.CompressionType;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

import java.util.Map;

/**
 * Caps the off-heap memory of every RocksDB store in this JVM: one LRU block cache shared by all stores, with
 * memtables charged against it through a write-buffer manager, after the Kafka Streams memory-management guide.
 * Without it each store partition gets its own 50 MB cache and three 16 MB memtables, so an instance owning the
 * 12 store partitions of a 6-partition deployment could use ~1 GB outside the heap.
 * <p>
 * The budget is read from {@link #MEMORY_BYTES_CONFIG} the first time a store opens; instances started in the
 * same JVM (tests) share that one budget.
 */
public final class BoundedMemoryRocksDbConfig implements RocksDBConfigSetter {
    /** Streams-config key carrying {@code rocksdb.memory.mb} in bytes to the setter. */
    public static final String MEMORY_BYTES_CONFIG = "profileflow.rocksdb.memory.bytes";
    private static final long DEFAULT_MEMORY_BYTES = 64L * 1024 * 1024;
    /** Memtables may take half of the budget; the rest caches data, index and filter blocks. */
    private static final double MEMTABLE_SHARE = 0.5;
    /** Index and filter blocks are pinned in a high-priority slice so lookups do not thrash them out. */
    private static final double INDEX_FILTER_SHARE = 0.1;
    private static final long MEMTABLE_BYTES = 8L * 1024 * 1024;
    /** Profiles are a few KB each; 16 KB blocks keep the index small without inflating point reads. */
    private static final long BLOCK_BYTES = 16L * 1024;

    private static Cache cache;
    private static WriteBufferManager writeBufferManager;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        Object configured = configs.get(MEMORY_BYTES_CONFIG);
        long budget = configured == null ? DEFAULT_MEMORY_BYTES : Long.parseLong(configured.toString());
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        synchronized (BoundedMemoryRocksDbConfig.class) {
            if (cache == null) {
                cache = new LRUCache(budget, -1, false, INDEX_FILTER_SHARE);
                writeBufferManager = new WriteBufferManager((long) (budget * MEMTABLE_SHARE), cache);
            }
            table.setBlockCache(cache);
            options.setWriteBufferManager(writeBufferManager);
        }
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        table.setBlockSize(BLOCK_BYTES);
        options.setTableFormatConfig(table);
        options.setWriteBufferSize(MEMTABLE_BYTES);
        options.setMaxWriteBufferNumber(2);
        // Stored values are Avro profiles and JSON index entries: lz4 halves them on disk at negligible CPU.
        options.setCompressionType(CompressionType.LZ4_COMPRESSION);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and write-buffer manager are shared by every store in the JVM; they live as long as it does.
    }
}
