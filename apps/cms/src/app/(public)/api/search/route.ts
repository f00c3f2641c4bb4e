export { knowledgeSearch as GET } from '../../../../search/endpoints'
