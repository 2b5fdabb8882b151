import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyUnderPressure from '@fastify/under-pressure';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import { MemoryCache, type Cache } from './cache/cache.ts';
import { RedisCache, connectRedis, type RedisConnection } from './cache/redis.ts';
import type { Config } from './config.ts';
import { createDb, migrateToLatest, type Db } from './db/database.ts';
import { queryMetricsObserver } from './db/query-observer.ts';
import { ensureInstanceId } from './db/instance.ts';
import { AppError } from './lib/app-error.ts';
import { createLogger } from './lib/logger.ts';
import { resolveAuthSecret } from './lib/secrets.ts';
import { Metrics } from './lib/metrics.ts';
import { appVersion } from './lib/version.ts';
import { cspReportPath, cspReportRoutes } from './modules/csp-reports/csp-reports.routes.ts';
import { createFileMailer, createSmtpMailer, type Mailer } from './integrations/email/mailer.ts';
import { MemoryBus, RedisBus, type EventBus } from './events/bus.ts';
import { BlindIndex } from './lib/blind-index.ts';
import { FieldCipher, currentKey, loadKeyring } from './lib/field-crypto.ts';
import { accountRoutes } from './modules/account/account.routes.ts';
import { CheckinRepository } from './modules/checkins/checkins.repository.ts';
import { checkinRoutes } from './modules/checkins/checkins.routes.ts';
import { CheckinService } from './modules/checkins/checkins.service.ts';
import { adminRoutes } from './modules/admin/admin.routes.ts';
import { ApiKeyRepository } from './modules/api-keys/api-keys.repository.ts';
import { apiKeyRoutes } from './modules/api-keys/api-keys.routes.ts';
import { ApiKeyService } from './modules/api-keys/api-keys.service.ts';
import { sharingRoutes } from './modules/sharing/sharing.routes.ts';
import { createAuth } from './modules/auth/auth.ts';
import { localProvider } from './integrations/ai/local/provider.ts';
import { AiBudget } from './integrations/ai/budget.ts';
import { createOpenAiProvider } from './integrations/ai/openai/provider.ts';
import { JobRepository } from './jobs/job.repository.ts';
import { schedulePeriodic } from './jobs/schedule.ts';
import { JobWorker } from './jobs/worker.ts';
import { createMoneyModule, moneySweepEveryMs, moneySweepJobKind } from './modules/money/money.module.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { ProfileRepository } from './modules/profile/profile.repository.ts';
import { profileRoutes } from './modules/profile/profile.routes.ts';
import { ProfileService } from './modules/profile/profile.service.ts';
import { insightsRoutes } from './modules/insights/insights.routes.ts';
import { InsightsService } from './modules/insights/insights.service.ts';
import { JournalAnalysisService, analyseJobKind } from './modules/journal/journal-analysis.ts';
import { SafetyPlanService } from './modules/safety/safety-plan.ts';
import { SafetyRepository } from './modules/safety/safety.repository.ts';
import { safetyRoutes } from './modules/safety/safety.routes.ts';
import { SafetyService } from './modules/safety/safety.service.ts';
import { JournalAnalysisRepository, JournalRepository, timeZoneOf } from './modules/journal/journal.repository.ts';
import { journalRoutes } from './modules/journal/journal.routes.ts';
import { JournalService } from './modules/journal/journal.service.ts';
import auditPlugin from './plugins/audit.ts';
import authPlugin from './plugins/auth.ts';
import csrfPlugin from './plugins/csrf.ts';
import rateLimitPlugin from './plugins/rate-limit.ts';
import accessPlugin, { declarePublic } from './plugins/access.ts';
import errorsPlugin, { sendError, toAppError } from './plugins/errors.ts';
import nulGuard from './plugins/nul-guard.ts';
import metricsPlugin from './plugins/metrics.ts';
import securityHeaders, { computeSecurityHeaders } from './plugins/security-headers.ts';
import webPlugin from './plugins/web.ts';

export interface BuildOptions {
  /** Where the built web app lives; defaults to web/dist beside the server. */
  webRoot?: string;
  /** Log destination (tests capture logs here); defaults to stdout. */
  logDestination?: DestinationStream;
  /** Outgoing mail; defaults to SMTP_URL, or files in DATA_DIR/mail. Tests pass a memory mailer. */
  mailer?: Mailer;
  /** Run background jobs on a timer (default). Tests turn it off and call `app.jobs.runDue()`. */
  startWorkers?: boolean;
}

export interface Lifecycle {
  shuttingDown: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    db: Db;
    cache: Cache;
    redis: RedisConnection | undefined;
    metrics: Metrics;
    lifecycle: Lifecycle;
    mailer: Mailer;
    /** Encrypts free text about a person's health at rest. */
    cipher: FieldCipher;
    /** Change notifications for live screens, across instances when Redis is configured. */
    bus: EventBus;
    /** The background job worker of this instance. */
    jobs: JobWorker;
  }
}

const defaultWebRoot = path.resolve(import.meta.dirname, '../web/dist');
const safeRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

function requestIdFrom(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && safeRequestId.test(given) ? given : randomUUID();
}

/**
 * Builds a ready-to-listen app: opens the database, migrates it, connects Redis when configured,
 * then registers the cross-cutting plugins followed by the modules. Tests call this directly.
 */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const logger = createLogger(config.LOG_LEVEL, options.logDestination);
  const metrics = new Metrics();
  const db = createDb(config, [queryMetricsObserver(logger, metrics, config.DB_SLOW_QUERY_MS)]);
  let redis: RedisConnection | undefined;
  try {
    await migrateToLatest(db);
    const instanceId = await ensureInstanceId(db);
    redis = config.REDIS_URL ? connectRedis(config.REDIS_URL, logger) : undefined;
    // Give Redis a moment so a healthy instance starts ready; if it is down we start degraded.
    if (redis && !(await redis.waitUntilReady(2000))) logger.warn('starting without redis; will keep retrying');
    const cache: Cache = redis ? new RedisCache(redis.client, metrics) : new MemoryCache(config.CACHE_MAX_ENTRIES);
    const headers = computeSecurityHeaders({ secureTransport: config.secureTransport, reportUri: cspReportPath });
    const app = Fastify({
      loggerInstance: logger as FastifyBaseLogger,
      genReqId: requestIdFrom,
      bodyLimit: config.BODY_LIMIT_BYTES,
      requestTimeout: config.REQUEST_TIMEOUT_MS,
      keepAliveTimeout: config.KEEP_ALIVE_TIMEOUT_MS,
      connectionTimeout: config.REQUEST_TIMEOUT_MS,
      trustProxy: config.TRUST_PROXY ?? false,
      onProtoPoisoning: 'error',
      onConstructorPoisoning: 'error',
      return503OnClosing: true,
      routerOptions: { maxParamLength: 200 },
      // Malformed URLs fail before any hook runs; answer them in the usual shape and headers.
      frameworkErrors: (error, request, reply) => {
        reply.headers(headers).header('x-request-id', request.id);
        return sendError(request, reply, toAppError(error));
      },
    });
    // The API speaks JSON only: a text/plain body gets 415, not a confusing validation error.
    app.removeContentTypeParser('text/plain');
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);

    const lifecycle: Lifecycle = { shuttingDown: false };
    app.decorate('config', config);
    app.decorate('db', db);
    app.decorate('cache', cache);
    app.decorate('redis', redis);
    app.decorate('metrics', metrics);
    app.decorate('lifecycle', lifecycle);
    const openedRedis = redis;
    app.addHook('onClose', async () => {
      await openedRedis?.close();
      await db.close();
    });

    await app.register(errorsPlugin);
    await app.register(nulGuard);
    await app.register(accessPlugin);
    await app.register(securityHeaders, { headers });
    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id);
      if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    });
    await app.register(fastifyUnderPressure, {
      maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY_MS,
      retryAfter: 10,
      pressureHandler: (request, reply) => {
        metrics.loadShed.inc();
        sendError(request, reply, new AppError('OVERLOADED', undefined, { headers: { 'retry-after': '10' } }));
      },
    });
    if (config.CORS_ORIGINS.length > 0) {
      await app.register(fastifyCors, {
        origin: config.CORS_ORIGINS,
        credentials: true,
        methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
        maxAge: 600,
      });
    }
    await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
    await app.register(metricsPlugin, { metrics, token: config.METRICS_TOKEN });
    await app.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'Daybook API', version: appVersion, description: 'Private journal, check-ins and money.' },
      },
      transform: jsonSchemaTransform,
    });
    app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
    if (config.API_DOCS) {
      declarePublic(app, (scope) => {
        scope.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
      });
    }

    await app.register(healthRoutes, {
      version: appVersion,
      startedAt: new Date(),
      instanceId,
      database: db,
      redis,
      cacheKind: cache.kind,
      isShuttingDown: () => lifecycle.shuttingDown,
      timeoutMs: 2000,
    });

    const mailer =
      options.mailer ??
      (config.SMTP_URL ? createSmtpMailer(config.SMTP_URL, config.MAIL_FROM) : createFileMailer(path.join(config.dataDir, 'mail'), config.MAIL_FROM, logger));
    app.decorate('mailer', mailer);
    const auth = createAuth({ config, db, logger, mailer, secret: resolveAuthSecret(config.AUTH_SECRET, config.dataDir) });
    await app.register(auditPlugin);
    await app.register(csrfPlugin, { allowedOrigins: [config.publicUrl.origin, ...config.CORS_ORIGINS] });
    const apiKeys = new ApiKeyService(new ApiKeyRepository(db), app.audit);
    await app.register(authPlugin, { auth, apiKeys });
    await app.register(rateLimitPlugin, { config, redis: redis?.client, metrics });
    await app.register(apiKeyRoutes, { service: apiKeys });
    await app.register(accountRoutes);
    await app.register(adminRoutes);
    await app.register(sharingRoutes);

    const keyring = loadKeyring(config.DATA_ENCRYPTION_KEY, config.DATA_ENCRYPTION_PREVIOUS_KEYS, config.dataDir);
    const cipher = new FieldCipher(keyring);
    app.decorate('cipher', cipher);
    const bus: EventBus = redis ? await RedisBus.connect(redis.client, logger, metrics) : new MemoryBus();
    app.decorate('bus', bus);
    app.addHook('onClose', async () => bus.close());
    const checkinRepository = new CheckinRepository(db);
    const checkins = new CheckinService({ repository: checkinRepository, sharing: app.sharing, cipher, bus });
    await app.register(checkinRoutes, { service: checkins, bus });
    const safetyRepository = new SafetyRepository(db);
    const safety = new SafetyService(safetyRepository, metrics.crisisEvents);
    await app.register(safetyRoutes, { service: safety, plans: new SafetyPlanService(safetyRepository, cipher) });
    const jobs = new JobRepository(db);
    const journalEntries = new JournalRepository(db);
    const provider =
      config.AI_PROVIDER === 'openai' && config.AI_BASE_URL
        ? createOpenAiProvider({
            baseURL: config.AI_BASE_URL,
            apiKey: config.AI_API_KEY,
            model: config.AI_MODEL,
            maxTokens: config.AI_MAX_TOKENS,
            temperature: config.AI_TEMPERATURE,
            timeoutMs: config.AI_TIMEOUT_MS,
            fallback: localProvider,
            logger,
            fallbacks: metrics.aiFallbacks,
            budget: new AiBudget(cache, { requestsPerMinute: config.RATE_LIMIT_AI_PER_MINUTE, tokensPerDay: config.AI_DAILY_TOKEN_BUDGET }),
          })
        : localProvider;
    const analysisRepository = new JournalAnalysisRepository(db);
    const analysis = new JournalAnalysisService(journalEntries, analysisRepository, cipher, provider);
    // The worker is created after the modules that enqueue work; they wake it through this.
    const wake = () => app.jobs.wake();
    const money = createMoneyModule({ db, sharing: app.sharing, cipher, cache, provider, metrics, jobs, wake, budgetThresholds: config.BUDGET_ALERT_THRESHOLDS });
    const worker = new JobWorker({
      repository: jobs,
      handlers: { [analyseJobKind]: (payload) => analysis.analyse(payload as { userId: string; entryId: string }), ...money.handlers },
      logger,
      processed: metrics.jobsProcessed,
    });
    app.decorate('jobs', worker);
    const journal = new JournalService({
      repository: journalEntries,
      cipher,
      index: new BlindIndex(currentKey(keyring)),
      safety,
      analysis,
      enqueueAnalysis: async (userId, entryId, version) => {
        await jobs.enqueue(analyseJobKind, { userId, entryId }, { uniqueKey: `${analyseJobKind}:${entryId}:${version}` }, new Date());
        worker.wake();
      },
      timeZoneOf: (userId) => timeZoneOf(db, userId),
    });
    const profiles = new ProfileService(new ProfileRepository(db), cipher);
    await app.register(profileRoutes, { service: profiles });
    await app.register(journalRoutes, { service: journal, countryOf: (userId) => profiles.countryOf(userId) });
    const insights = new InsightsService({ entries: journalEntries, analyses: analysisRepository, checkins: checkinRepository, cipher, timeZoneOf: (userId) => timeZoneOf(db, userId) });
    await app.register(insightsRoutes, { service: insights });
    await money.register(app);
    if (options.startWorkers !== false) {
      worker.start();
      const stopSweeps = schedulePeriodic({ jobs, kind: moneySweepJobKind, everyMs: moneySweepEveryMs, wake });
      app.addHook('preClose', async () => {
        stopSweeps();
        await worker.stop();
      });
    }

    await app.register(cspReportRoutes);
    await app.register(webPlugin, { root: options.webRoot ?? defaultWebRoot });
    await app.ready();
    return app;
  } catch (error) {
    await redis?.close();
    await db.close();
    throw error;
  }
}
